package org.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.corroborate.model.Analysis;
import picocli.CommandLine.IVersionProvider;

/** Reads the project version Maven wrote into version.properties at build time. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {
                "corroborate " + p.getProperty("version", "unknown"),
                "JSON contract " + Analysis.CONTRACT_VERSION,
                "Java " + System.getProperty("java.version") + ", " + System.getProperty("java.vm.name"),
                "Licence GPL-3.0-or-later"};
    }
}
