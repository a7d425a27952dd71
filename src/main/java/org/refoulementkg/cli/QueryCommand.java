package org.refoulementkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.web.sparql.QueryAnswer;
import org.refoulementkg.web.sparql.QueryPolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query: a query string, a .rq file, or the name of a query in queries/ (e.g. deaths-after-return).",
                "The project's prefixes (rkg:, person:, event:, …) are predeclared."})
final class QueryCommand implements Callable<Integer> {
    /** SELECT results in a file format; any other --format value prints a table. */
    private static final Map<String, Lang> RESULT_FORMATS = Map.of("csv", ResultSetLang.RS_CSV, "tsv", ResultSetLang.RS_TSV, "json", ResultSetLang.RS_JSON);

    @Mixin HomeOption home;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "QUERY", description = "Query text, a file, or a name in queries/.")
    String query;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json for SELECT/ASK; CONSTRUCT/DESCRIBE print Turtle (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", defaultValue = "300", description = "Timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws IOException {
        Query q = QueryPolicy.withPrefixes(queryText());
        try (var kg = store.open(home)) {
            StoreOptions.publisher(kg, home, true).ensureCurrent(System.err);
            kg.query(q, Duration.ofSeconds(timeoutSeconds), qe -> {
                Lang results = RESULT_FORMATS.get(format);
                if (q.isAskType()) System.out.println(qe.execAsk());
                else if (q.isSelectType() && results == null) ResultSetFormatter.out(System.out, qe.execSelect(), PrefixMapping.Factory.create().setNsPrefixes(Prefixes.ALL));
                else QueryAnswer.write(qe, q, q.isSelectType() ? results : Lang.TURTLE, System.out);
                return null;
            });
        }
        return 0;
    }

    private String queryText() throws IOException {
        Path asFile = Path.of(query);
        if (query.length() < 256 && Files.isRegularFile(asFile)) return Files.readString(asFile);
        Path named = home.home().resolve("queries").resolve(query.endsWith(".rq") ? query : query + ".rq");
        if (query.length() < 256 && Files.isRegularFile(named)) return Files.readString(named);
        return query;
    }
}
