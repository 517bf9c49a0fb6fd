package org.newskg.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (or says "development" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"newskg " + (v == null ? "development build" : v)};
    }
}
