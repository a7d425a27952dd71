package org.refoulementkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.shared.PrefixMapping;
import org.refoulementkg.vocab.RKG;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query: a query string, a .rq file, or the name of a query in queries/ (e.g. deaths-after-return).",
                "The project's prefixes (rkg:, person:, event:, …) are predeclared."})
final class QueryCommand implements Callable<Integer> {
    @Mixin StoreOptions options;

    @Parameters(paramLabel = "QUERY", description = "Query text, a file, or a name in queries/.")
    String query;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json for SELECT/ASK; CONSTRUCT/DESCRIBE print Turtle (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", defaultValue = "300", description = "Timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws IOException {
        Query q = QueryFactory.create(RKG.sparqlPrefixes() + queryText());
        try (var kg = options.open()) {
            options.ensureCurrent(kg, System.err);
            kg.query(q, Duration.ofSeconds(timeoutSeconds), qe -> {
                if (q.isSelectType()) {
                    var rs = qe.execSelect();
                    switch (format) {
                        case "csv" -> ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(System.out, rs);
                        case "tsv" -> ResultsWriter.create().lang(ResultSetLang.RS_TSV).write(System.out, rs);
                        case "json" -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(System.out, rs);
                        default -> ResultSetFormatter.out(System.out, rs, PrefixMapping.Factory.create().setNsPrefixes(RKG.PREFIXES));
                    }
                } else if (q.isAskType()) {
                    System.out.println(qe.execAsk());
                } else if (q.isConstructType()) {
                    RDFDataMgr.write(System.out, qe.execConstruct(), Lang.TURTLE);
                } else {
                    RDFDataMgr.write(System.out, qe.execDescribe(), Lang.TURTLE);
                }
                return null;
            });
        }
        return 0;
    }

    private String queryText() throws IOException {
        Path asFile = Path.of(query);
        if (query.length() < 256 && Files.isRegularFile(asFile)) return Files.readString(asFile);
        Path named = options.home().resolve("queries").resolve(query.endsWith(".rq") ? query : query + ".rq");
        if (query.length() < 256 && Files.isRegularFile(named)) return Files.readString(named);
        return query;
    }
}
