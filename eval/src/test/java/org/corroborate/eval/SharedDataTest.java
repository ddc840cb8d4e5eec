package org.corroborate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SharedDataTest {

    @Test
    void systemPropertyComesFirst() throws Exception {
        String before = System.getProperty(SharedData.PROPERTY);
        Path dir = Files.createTempDirectory("shared");
        try {
            System.setProperty(SharedData.PROPERTY, dir.toString());
            assertEquals(dir.toAbsolutePath().normalize(), SharedData.locate().orElseThrow());
        } finally {
            if (before == null) {
                System.clearProperty(SharedData.PROPERTY);
            } else {
                System.setProperty(SharedData.PROPERTY, before);
            }
            Files.delete(dir);
        }
    }

    @Test
    void missingPropertyFallsThrough() {
        String before = System.getProperty(SharedData.PROPERTY);
        try {
            System.setProperty(SharedData.PROPERTY, "/nonexistent/corroborate-shared");
            assertTrue(SharedData.locate().map(p -> !p.toString().contains("nonexistent")).orElse(true));
        } finally {
            if (before == null) {
                System.clearProperty(SharedData.PROPERTY);
            } else {
                System.setProperty(SharedData.PROPERTY, before);
            }
        }
    }
}
