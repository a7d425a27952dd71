package org.refoulementkg.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.arq.junit.manifest.Manifest;
import org.apache.jena.arq.junit.manifest.ManifestEntry;
import org.apache.jena.arq.junit.sparql.tests.QueryTestItem;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sparql.vocabulary.ResultSetGraphVocab;
import org.apache.jena.vocabulary.TestManifest;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The W3C SPARQL query-evaluation tests (a copy of the W3C rdf-tests repository under {@code src/test/resources/w3c-rdf-tests}, W3C test-suite licence; or {@code $W3C_RDF_TESTS}) run against a
 * SPARQL endpoint over the protocol: each test's data is handed to the target's store, the query is sent by POST
 * (its base prepended, as the query file's location is its base), the test's default graphs and named graphs named
 * by {@code default-graph-uri} / {@code named-graph-uri} (unless the query has FROM of its own), and the answer is
 * compared as Jena's own runner does: result sets by value (in order where the query orders), graphs by isomorphism.
 */
public final class W3cSuite {
    public static final Path ROOT = Path.of(System.getenv().getOrDefault("W3C_RDF_TESTS", "src/test/resources/w3c-rdf-tests"), "sparql");
    /** The manifests of query evaluation: SPARQL 1.0, 1.1 (query), 1.2. */
    public static final List<Path> QUERY_MANIFESTS = List.of(ROOT.resolve("sparql10/manifest-evaluation.ttl"),
            ROOT.resolve("sparql11/manifest-sparql11-query.ttl"), ROOT.resolve("sparql11/manifest-sparql11-results.ttl"),
            ROOT.resolve("sparql12/manifest.ttl"));
    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final String DAWGT = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";

    private W3cSuite() {}

    /** One query-evaluation test. */
    public record Case(String uri, String name, QueryTestItem item, ManifestEntry entry) {}

    /** What became of a test, and why. */
    public enum Outcome { PASSED, FAILED, NOT_APPLICABLE }

    public record Result(Case test, Outcome outcome, String why) {}

    /** A SPARQL endpoint whose store can be given a dataset: our app, or Fuseki. */
    public interface Target {
        void load(DatasetGraph data);
        String endpoint();
    }

    /** Every query-evaluation test of the manifests (and the manifests they include), in order. */
    public static List<Case> queryEvaluationTests(List<Path> manifests) {
        return entries(manifests, TestManifest.QueryEvaluationTest.asNode()).stream()
                .map(e -> new Case(e.getURI(), e.getName(), QueryTestItem.create(e, TestManifest.QueryEvaluationTest.asNode()), e)).toList();
    }

    /** The entries of a type (withdrawn and unclassified ones left out) of the manifests and those they include. */
    public static List<ManifestEntry> entries(List<Path> manifests, Node type) {
        var found = new ArrayList<ManifestEntry>();
        var seen = new HashSet<String>();
        for (Path m : manifests) collect(m.toUri().toString(), type, found, seen);
        return found;
    }

    private static void collect(String manifestUri, Node type, List<ManifestEntry> found, Set<String> seen) {
        if (!seen.add(manifestUri)) return;
        Manifest m = Manifest.parse(manifestUri);
        m.includedManifests().forEachRemaining(inc -> collect(IRIs.resolve(manifestUri, inc), type, found, seen));
        for (ManifestEntry e : m.entries())
            if (type.equals(e.getTestType()) && !isWithdrawn(e)) found.add(e);
    }

    private static boolean isWithdrawn(ManifestEntry e) {
        Graph g = e.getGraph();
        return g.find(e.getEntry(), NodeFactory.createURI(DAWGT + "approval"), NodeFactory.createURI(DAWGT + "Withdrawn")).hasNext()
                || g.find(e.getEntry(), NodeFactory.createURI(DAWGT + "approval"), NodeFactory.createURI(DAWGT + "NotClassified")).hasNext();
    }

    /** Runs every test against the target; {@code log} hears each outcome. */
    public static List<Result> run(List<Case> cases, Target target, Consumer<Result> log) {
        var results = new ArrayList<Result>();
        for (Case c : cases) {
            Result r;
            try {
                r = runOne(c, target);
            } catch (RuntimeException e) {
                r = new Result(c, Outcome.FAILED, "exception: " + e);
            }
            results.add(r);
            log.accept(r);
        }
        return results;
    }

    static Result runOne(Case c, Target target) {
        String queryText = read(c.item().getQueryFile());
        Query query;
        try {
            query = QueryFactory.create(queryText, c.item().getQueryFile(), Syntax.syntaxARQ);
        } catch (RuntimeException e) {
            return new Result(c, Outcome.NOT_APPLICABLE, "the query does not parse in Jena: " + e.getMessage());
        }
        if (query.toString().contains("SERVICE")) return new Result(c, Outcome.NOT_APPLICABLE, "SERVICE (federation): refused by a public endpoint");

        // The data: each default-graph file and each named-graph file as a named graph of its own IRI.
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        List<String> defaults = iris(c.item().getDefaultGraphURIs());
        List<String> named = iris(c.item().getNamedGraphURIs());
        boolean ownDataset = query.hasDatasetDescription();
        if (ownDataset && defaults.isEmpty() && named.isEmpty()) {
            defaults = query.getGraphURIs();
            named = query.getNamedGraphURIs();
        }
        var quadNamed = new ArrayList<String>();
        for (String g : concat(defaults, named)) {
            if (!RDFLanguages.isQuads(RDFLanguages.resourceNameToLang(g, Lang.TURTLE))) {
                RDFParser.source(g).parse(data.getGraph(NodeFactory.createURI(g)));
                continue;
            }
            // A TriG file is a dataset: its default graph is the file's graph, its named graphs join the named ones.
            DatasetGraph file = RDFParser.source(g).toDatasetGraph();
            file.getDefaultGraph().find().forEachRemaining(t -> data.add(NodeFactory.createURI(g), t.getSubject(), t.getPredicate(), t.getObject()));
            file.listGraphNodes().forEachRemaining(n -> {
                file.getGraph(n).find().forEachRemaining(t -> data.add(n, t.getSubject(), t.getPredicate(), t.getObject()));
                if (!quadNamed.contains(n.getURI())) quadNamed.add(n.getURI());
            });
        }
        named = concat(named, quadNamed);
        target.load(data);

        var params = new StringBuilder();
        if (!ownDataset) {
            // No default graph in the test: name one that is empty, so that the store's own default is not used.
            for (String g : defaults.isEmpty() ? List.of("http://example.org/w3c-suite/no-default-graph") : defaults) params.append("&default-graph-uri=").append(enc(g));
            for (String g : named) params.append("&named-graph-uri=").append(enc(g));
        }
        String accept = query.isSelectType() || query.isAskType() ? resultsType(c.item().getResultFile()).getContentType().getContentTypeStr()
                : "application/n-triples; version=1.2";
        var request = HttpRequest.newBuilder(URI.create(target.endpoint() + "?rdf=1.2" + params))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/sparql-query; charset=utf-8").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("BASE <" + c.item().getQueryFile() + ">\n" + queryText)).build();
        HttpResponse<String> response = Http.send(request);
        if (response.statusCode() != 200)
            return new Result(c, Outcome.FAILED, "HTTP " + response.statusCode() + ": " + response.body().strip().lines().findFirst().orElse(""));
        return compare(c, query, response.body());
    }

    static Result compare(Case c, Query query, String body) {
        SPARQLResult expected = c.item().getResults();
        if (expected == null) return new Result(c, Outcome.PASSED, "no expected result: answered");
        var in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        Lang format = resultsType(c.item().getResultFile());
        if (format == ResultSetLang.RS_CSV) return compareCsv(c, query, body);
        if (query.isAskType()) {
            boolean actual = ResultSetMgr.readBoolean(in, format);
            return actual == expectedBoolean(expected) ? pass(c) : new Result(c, Outcome.FAILED, "ASK answered " + actual);
        }
        if (query.isSelectType()) {
            ResultSetRewindable actual = ResultSetFactory.makeRewindable(ResultSetMgr.read(in, format));
            ResultSetRewindable want = expected.isResultSet() ? ResultSetFactory.makeRewindable(expected.getResultSet())
                    : ResultSetFactory.makeRewindable(expected.getModel());
            if (query.isReduced()) {
                actual = unique(actual);
                want = unique(want);
            }
            boolean same = query.isOrdered() ? ResultsCompare.equalsByValueAndOrder(want, actual) : ResultsCompare.equalsByValue(want, actual);
            if (same) return pass(c);
            want.reset();
            actual.reset();
            return new Result(c, Outcome.FAILED, "different solutions: expected " + ResultSetFormatter.asText(want).strip().replace('\n', ' ')
                    + " got " + ResultSetFormatter.asText(actual).strip().replace('\n', ' '));
        }
        Graph actual = RDFParser.fromString(body, Lang.NTRIPLES).toGraph();
        if (!expected.isGraph()) return new Result(c, Outcome.FAILED, "expected result is not a graph");
        return IsoMatcher.isomorphic(expected.getModel().getGraph(), actual) ? pass(c)
                : new Result(c, Outcome.FAILED, "graph not isomorphic to the expected one: got " + body.strip().replace('\n', ' '));
    }

    /** The format a test's answer is asked in: that of its expected result (the results-format tests), else XML. */
    static Lang resultsType(String resultFile) {
        if (resultFile == null) return ResultSetLang.RS_XML;
        if (resultFile.endsWith(".srj")) return ResultSetLang.RS_JSON;
        if (resultFile.endsWith(".tsv")) return ResultSetLang.RS_TSV;
        if (resultFile.endsWith(".csv")) return ResultSetLang.RS_CSV;
        return ResultSetLang.RS_XML;
    }

    /** CSV loses types, so it is compared as text: the same header, the same lines (in order where the query orders). */
    static Result compareCsv(Case c, Query query, String body) {
        List<String> want = read(c.item().getResultFile()).replace("\r\n", "\n").strip().lines().toList();
        List<String> got = body.replace("\r\n", "\n").strip().lines().toList();
        boolean same = query.isOrdered() ? want.equals(got)
                : !want.isEmpty() && !got.isEmpty() && want.getFirst().equals(got.getFirst())
                        && want.stream().sorted().toList().equals(got.stream().sorted().toList());
        return same ? pass(c) : new Result(c, Outcome.FAILED, "different CSV: expected " + want + " got " + got);
    }

    /** An ASK's expected answer: a boolean result, or a result-set graph with rs:boolean. */
    private static boolean expectedBoolean(SPARQLResult expected) {
        if (expected.isBoolean()) return expected.getBooleanResult();
        var it = expected.getModel().listObjectsOfProperty(expected.getModel().createProperty(ResultSetGraphVocab.getURI(), "boolean"));
        return it.next().asLiteral().getBoolean();
    }

    private static Result pass(Case c) { return new Result(c, Outcome.PASSED, ""); }

    private static ResultSetRewindable unique(ResultSetRewindable rs) {
        var rows = new LinkedHashSet<Binding>();
        while (rs.hasNext()) rows.add(rs.nextBinding());
        return ResultSetFactory.makeRewindable(org.apache.jena.query.ResultSet.adapt(
                RowSetStream.create(rs.getResultVars().stream().map(org.apache.jena.sparql.core.Var::alloc).toList(), rows.iterator())));
    }

    /** Counts per outcome, and the reasons of the failures, for the report. */
    public static String summary(String target, List<Result> results) {
        var counts = new TreeMap<Outcome, Integer>();
        results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        var out = new StringBuilder("W3C SPARQL query evaluation through " + target + ": " + counts + "\n");
        results.stream().filter(r -> r.outcome() != Outcome.PASSED)
                .forEach(r -> out.append("  ").append(r.outcome()).append(' ').append(r.test().uri()).append(" — ").append(r.why().length() > 240 ? r.why().substring(0, 240) + "…" : r.why()).append('\n'));
        return out.toString();
    }

    private static List<String> iris(List<String> files) {
        return files == null ? List.of() : files.stream().map(IRIs::resolve).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static String read(String fileUri) {
        try {
            return Files.readString(Path.of(URI.create(fileUri)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
