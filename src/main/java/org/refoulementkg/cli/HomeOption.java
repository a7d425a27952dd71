package org.refoulementkg.cli;

import java.nio.file.Path;

import org.refoulementkg.load.Sources;

import picocli.CommandLine.Option;

/** The project home: where ontology/, data/ and queries/ are. Every command has it. */
final class HomeOption {
    @Option(names = "--home", description = "Project directory holding ontology/, data/ and queries/ (default: $RKG_HOME, else the current directory).")
    Path home;

    Path home() {
        if (home != null) return home;
        String env = System.getenv("RKG_HOME");
        return Path.of(env == null || env.isBlank() ? "." : env);
    }

    Sources sources() { return Sources.in(home()); }
}
