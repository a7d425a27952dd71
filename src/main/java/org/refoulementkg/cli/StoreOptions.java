package org.refoulementkg.cli;

import java.nio.file.Path;

import org.refoulementkg.load.Loader;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.store.Publisher;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Which store to use: embedded TDB2 (default), in memory, or remote; for the commands that open one. */
final class StoreOptions {
    @Spec(Spec.Target.MIXEE) CommandSpec spec;

    @Option(names = "--store", description = "Embedded TDB2 store directory (default: <home>/var).")
    Path store;

    @Option(names = "--mem", description = "Use an in-memory store (nothing is kept after exit).")
    boolean mem;

    @Option(names = "--remote-query", paramLabel = "URL", description = "Remote store: SPARQL query endpoint, e.g. http://localhost:3030/kg/sparql.")
    String remoteQuery;

    @Option(names = "--remote-gsp", paramLabel = "URL", description = "Remote store: Graph Store Protocol endpoint, e.g. http://localhost:3030/kg/data.")
    String remoteGsp;

    KnowledgeGraph open(HomeOption home) {
        if ((remoteQuery == null) != (remoteGsp == null))
            throw new ParameterException(spec.commandLine(), "--remote-query and --remote-gsp go together");
        if (remoteQuery != null && (mem || store != null))
            throw new ParameterException(spec.commandLine(), "choose one store: --remote-query/--remote-gsp, --mem or --store");
        if (remoteQuery != null) return KnowledgeGraph.remote(remoteQuery, remoteGsp);
        if (mem) return KnowledgeGraph.inMemory();
        return KnowledgeGraph.embedded(store != null ? store : home.home().resolve("var"));
    }

    /** The publisher of the home's sources into {@code kg}; {@code shacl = false} skips the SHACL shapes. */
    static Publisher publisher(KnowledgeGraph kg, HomeOption home, boolean shacl) {
        return new Publisher(kg, new Loader(home.sources(), shacl));
    }
}
