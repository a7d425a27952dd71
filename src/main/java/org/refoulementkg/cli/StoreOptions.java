package org.refoulementkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.refoulementkg.load.Loader;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.store.Publisher;
import org.refoulementkg.store.Remote;

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

    @Option(names = "--remote-user", paramLabel = "NAME",
            description = "Remote store: the account that may write to the Graph Store endpoint (basic or digest authentication); its password comes from --remote-password-file or $KG_REMOTE_PASSWORD.")
    String remoteUser;

    @Option(names = "--remote-password-file", paramLabel = "FILE", description = "Remote store: a file holding the password of --remote-user (its first line).")
    Path remotePasswordFile;

    @Option(names = "--remote-kind", paramLabel = "KIND", defaultValue = "sparql",
            description = "Remote store: sparql (a SPARQL 1.2 store such as Fuseki, the default) or virtuoso (Virtuoso 7: no RDF 1.2 triple terms are sent).")
    String remoteKind;

    /** The store, for commands that load or read it through once: nothing copied into memory. */
    KnowledgeGraph open(HomeOption home) { return open(home, 0); }

    /** The store; an embedded one also copies its default graph into memory for queries when it has at most {@code memoryCopy} triples. */
    KnowledgeGraph open(HomeOption home, long memoryCopy) {
        if ((remoteQuery == null) != (remoteGsp == null))
            throw new ParameterException(spec.commandLine(), "--remote-query and --remote-gsp go together");
        if (remoteQuery != null && (mem || store != null))
            throw new ParameterException(spec.commandLine(), "choose one store: --remote-query/--remote-gsp, --mem or --store");
        if (remoteQuery != null) return KnowledgeGraph.remote(remote());
        if (mem) return KnowledgeGraph.inMemory(memoryCopy);
        return KnowledgeGraph.embedded(store != null ? store : home.home().resolve("var"), memoryCopy);
    }

    private Remote remote() {
        Remote.Kind kind = switch (remoteKind.toLowerCase(Locale.ROOT)) {
            case "sparql" -> Remote.Kind.SPARQL;
            case "virtuoso" -> Remote.Kind.VIRTUOSO;
            default -> throw new ParameterException(spec.commandLine(), "--remote-kind is sparql or virtuoso, not " + remoteKind);
        };
        Optional<Remote.Account> account = Optional.empty();
        if (remoteUser != null) {
            String password = remotePasswordFile != null ? firstLine(remotePasswordFile) : System.getenv("KG_REMOTE_PASSWORD");
            if (password == null)
                throw new ParameterException(spec.commandLine(), "--remote-user needs its password: --remote-password-file FILE or the environment variable KG_REMOTE_PASSWORD");
            account = Optional.of(new Remote.Account(remoteUser, password));
        }
        return new Remote(remoteQuery, remoteGsp, account, kind);
    }

    private String firstLine(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.findFirst().orElse("");
        } catch (IOException | UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read --remote-password-file " + file + ": " + e.getMessage());
        }
    }

    /** The publisher of the home's sources into {@code kg}; {@code shacl = false} skips the SHACL shapes. */
    static Publisher publisher(KnowledgeGraph kg, HomeOption home, boolean shacl) {
        return new Publisher(kg, new Loader(home.sources(), shacl));
    }
}
