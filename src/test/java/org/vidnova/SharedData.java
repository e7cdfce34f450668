package org.vidnova;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The shared data folder beside the project ({@code ../shared/data}); tests using it skip when it is absent. */
public final class SharedData {

    private SharedData() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("vidnova.shared-dir", "../shared")).resolve("data");
    }

    public static Path file(String relative) {
        Path file = dir().resolve(relative);
        Assumptions.assumeTrue(Files.isReadable(file), () -> "Skipped: " + file + " is absent (../shared not beside the project)");
        return file;
    }
}
