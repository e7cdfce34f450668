package org.vidnova.identity;

import java.util.List;

/**
 * Path patterns (Spring MVC patterns) a module opens to anonymous GET requests. Declare one bean per module;
 * anything not listed requires a signed-in user.
 */
public record PublicPaths(List<String> patterns) {

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
