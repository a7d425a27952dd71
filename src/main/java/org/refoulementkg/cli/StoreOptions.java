package org.refoulementkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.refoulementkg.load.LoadFailedException;
import org.refoulementkg.load.Loader;
import org.refoulementkg.load.Loader.Sources;
import org.refoulementkg.store.KnowledgeGraph;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Where the sources are and which store to use; shared by every command. */
final class StoreOptions {
    @Spec(Spec.Target.MIXEE) CommandSpec spec;

    @Option(names = "--home", description = "Project directory holding ontology/, data/ and queries/ (default: $RKG_HOME, else the current directory).")
    Path home;

    @Option(names = "--store", description = "Embedded TDB2 store directory (default: <home>/var).")
    Path store;

    @Option(names = "--mem", description = "Use an in-memory store (nothing is kept after exit).")
    boolean mem;

    @Option(names = "--remote-query", paramLabel = "URL", description = "Remote store: SPARQL query endpoint, e.g. http://localhost:3030/kg/sparql.")
    String remoteQuery;

    @Option(names = "--remote-gsp", paramLabel = "URL", description = "Remote store: Graph Store Protocol endpoint, e.g. http://localhost:3030/kg/data.")
    String remoteGsp;

    Path home() {
        if (home != null) return home;
        String env = System.getenv("RKG_HOME");
        return Path.of(env == null || env.isBlank() ? "." : env);
    }

    Sources sources() { return Sources.in(home()); }

    KnowledgeGraph open() {
        if ((remoteQuery == null) != (remoteGsp == null))
            throw new ParameterException(spec.commandLine(), "--remote-query and --remote-gsp go together");
        if (remoteQuery != null && (mem || store != null))
            throw new ParameterException(spec.commandLine(), "choose one store: --remote-query/--remote-gsp, --mem or --store");
        if (remoteQuery != null) return KnowledgeGraph.remote(remoteQuery, remoteGsp);
        if (mem) return KnowledgeGraph.inMemory();
        return KnowledgeGraph.embedded(store != null ? store : home().resolve("var"));
    }

    /**
     * Loads the sources when the store is empty or was built from other versions of them. If the sources
     * are invalid but the store already serves data, that data stays and a warning is printed.
     */
    void ensureCurrent(KnowledgeGraph kg, PrintStream out) {
        Sources sources = sources();
        Optional<String> served = kg.fingerprint();
        String wanted = Loader.fingerprint(sources, sources.files());
        if (served.isPresent() && served.get().equals(wanted)) return;
        out.println(served.isEmpty() ? "The store is empty: loading " + sources.dataDir() : "The sources changed: reloading " + sources.dataDir());
        try {
            kg.publish(Loader.stage(sources, out, true));
        } catch (LoadFailedException e) {
            if (served.isEmpty()) throw e;
            out.println("warning: the new sources are invalid; still serving the previous data.\n" + e.getMessage());
        }
    }
}
