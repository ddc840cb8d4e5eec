package org.corroborate.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the read-only {@code shared/} directory (data sets) that sits next to the project.
 * It is never copied into the repository, and it is absent on a user's machine, so callers must cope with empty.
 */
public final class SharedData {
    public static final String PROPERTY = "corroborate.shared";
    public static final String ENV = "CORROBORATE_SHARED";

    private SharedData() {
    }

    /**
     * The first existing directory among: system property {@value #PROPERTY}, environment variable {@value #ENV},
     * {@code ../shared} and {@code ../../shared} (relative to the working directory: the project root or a module).
     */
    public static Optional<Path> locate() {
        List<String> candidates = new ArrayList<>();
        candidates.add(System.getProperty(PROPERTY));
        candidates.add(System.getenv(ENV));
        candidates.add("../shared");
        candidates.add("../../shared");
        return candidates.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> Path.of(c).toAbsolutePath().normalize())
                .filter(Files::isDirectory)
                .findFirst();
    }

    /** The PolNeAR directory ({@code data/polnear}) inside the shared directory, if present. */
    public static Optional<Path> polnear() {
        return locate().map(s -> s.resolve("data/polnear")).filter(Files::isDirectory);
    }
}
