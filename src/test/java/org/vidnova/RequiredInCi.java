package org.vidnova;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Tests that need an outside tool (PostgreSQL, Chromium) skip on a developer's machine without it, never in CI. */
public final class RequiredInCi {

    private RequiredInCi() {
    }

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static void require(boolean available, String what) {
        if (available) {
            return;
        }
        if (inCi()) {
            Assertions.fail(what + " is required when CI=true, but it is not available");
        }
        System.out.println("SKIPPED: " + what + " is not available on this machine");
        Assumptions.abort(what + " is not available on this machine");
    }
}
