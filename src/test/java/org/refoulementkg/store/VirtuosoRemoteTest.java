package org.refoulementkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.refoulementkg.load.Loader;
import org.refoulementkg.load.Sources;
import org.refoulementkg.support.Answers;
import org.refoulementkg.support.CliRun;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.support.VirtuosoPeer;

/**
 * Virtuoso 7 as the remote store: a real Virtuoso started for this class, the project's data loaded into it by
 * {@code ./kg load --remote-kind virtuoso} (Graph Store Protocol with digest authentication), and our app serving from
 * it. Every catalogue query answers through our /sparql as on the embedded store, compared as result sets (by value).
 */
@Tag("virtuoso")
@Tag("slow")
class VirtuosoRemoteTest {
    static VirtuosoPeer virtuoso;
    static KnowledgeGraph kg;
    static RunningServer server;
    static Path password;

    @BeforeAll
    static void loadIntoVirtuoso() throws IOException {
        virtuoso = VirtuosoPeer.start();
        password = Files.createTempFile("virtuoso", ".pw");
        Files.writeString(password, VirtuosoPeer.DBA.password() + "\n");
        CliRun load = CliRun.of("load", "--home", Fixtures.PROJECT.toString(), "--remote-kind", "virtuoso",
                "--remote-query", virtuoso.queryEndpoint(), "--remote-gsp", virtuoso.gspEndpoint(),
                "--remote-user", VirtuosoPeer.DBA.user(), "--remote-password-file", password.toString());
        assertEquals(0, load.code(), () -> "load into Virtuoso failed:\n" + load.out() + load.err() + "\n" + virtuoso.log());
        kg = KnowledgeGraph.remote(virtuoso.remote());
        server = RunningServer.start(kg, Duration.ofSeconds(60), Fixtures.PROJECT);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
        if (kg != null) kg.close();
        if (virtuoso != null) virtuoso.close();
        if (password != null) Files.deleteIfExists(password);
    }

    @Test
    void theServedVersionIsTheSources() {
        String sources = new Loader(Sources.in(Fixtures.PROJECT), true).fingerprint();
        assertEquals(sources, kg.version().orElseThrow().fingerprint(), "serve would find the store current and not reload");
    }

    @Test
    void entityPagesAreBuiltFromVirtuoso() {
        var page = Http.get(server.url("/id/person/daoud-muradov"), "text/html");
        assertEquals(200, page.statusCode(), page::body);
        assertTrue(page.body().contains("Daoud Muradov"), "the person's name on the page");
        var data = Http.get(server.url("/id/person/daoud-muradov"), "text/turtle");
        assertEquals(200, data.statusCode(), data::body);
        assertTrue(data.body().contains("muradov-deportation-2020"), "the description links the deportation:\n" + data.body());
    }

    /**
     * The RDF answer of a resource (its description, statements, what points at it) has the embedded store's triples
     * between IRIs and literals. Triples of blank nodes (references, selectors) are not compared: the Graph Store
     * Protocol scopes a blank node to one request, so graph/inferred's triples about a reference's blank node land on
     * another blank node in a remote store (README, "Store modes").
     */
    @TestFactory
    Stream<DynamicTest> entityDataHasTheEmbeddedStoresTriples() {
        var embedded = RunningServer.start(ProjectData.store(), Duration.ofSeconds(60), Fixtures.PROJECT);
        return Stream.of("person/daoud-muradov", "case/daoud-muradov", "event/muradov-deportation-2020", "state/france")
                .map(id -> DynamicTest.dynamicTest(id, () -> {
                    var here = Http.get(embedded.url("/id/" + id), "application/n-triples");
                    var there = Http.get(server.url("/id/" + id), "application/n-triples");
                    assertEquals(200, here.statusCode(), here::body);
                    assertEquals(200, there.statusCode(), there::body);
                    var want = withoutBlankNodes(Answers.graph(here.body(), Lang.NTRIPLES));
                    var got = withoutBlankNodes(Answers.graph(there.body(), Lang.NTRIPLES));
                    assertTrue(want.size() > 10, id + " is described");
                    assertEquals(want, got, id);
                }))
                .onClose(embedded::close);
    }

    private static java.util.Set<String> withoutBlankNodes(org.apache.jena.graph.Graph g) {
        var triples = new java.util.TreeSet<String>();
        g.find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank()).forEachRemaining(t -> triples.add(t.toString()));
        return triples;
    }

    /**
     * The catalogue queries whose answers on Virtuoso differ, why, and the rule under which they are the same answer
     * (listed in README, "Store modes"). Each must still differ: once Virtuoso agrees, the entry goes.
     */
    static final Map<String, String> DIFFERENCES = Map.of(); // outcomes-with-provenance left it when its lists were ordered

    @TestFactory
    Stream<DynamicTest> everyCatalogueQueryAnswersAsOnTheEmbeddedStore() throws IOException {
        List<Path> files;
        try (var s = Files.list(Path.of("queries"))) { files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList(); }
        assertTrue(files.size() >= 25, "the catalogue: " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f);
            ResultSetRewindable embedded = ProjectData.store().query(QueryFactory.create(text), Duration.ofMinutes(1),
                    qe -> ResultSetFactory.copyResults(qe.execSelect()));
            var response = Http.postForm(server.url("/sparql"), Map.of("query", text), "application/sparql-results+json");
            assertEquals(200, response.statusCode(), () -> f + ": " + response.body());
            ResultSetRewindable remote = ResultSetFactory.copyResults(ResultSetMgr.read(
                    new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
            assertTrue(embedded.size() > 0 || f.getFileName().toString().contains("internal-flight"), f + " has rows on the embedded store");
            // By value: Virtuoso writes an xsd:boolean as "0"/"1", the same value as "false"/"true" (README, "Store modes").
            boolean same = ResultsCompare.equalsByValue(embedded, remote);
            embedded.reset();
            remote.reset();
            String name = f.getFileName().toString().replace(".rq", "");
            if (DIFFERENCES.containsKey(name)) {
                assertTrue(!same, name + " now gives the same answer on Virtuoso: take it off the list of differences (and README's)");
                var here = concatenationsSorted(embedded);
                var there = concatenationsSorted(remote);
                assertEquals(here, there, () -> name + ": " + DIFFERENCES.get(name) + "; but other differences:\nonly embedded: "
                        + here.stream().filter(r -> !there.contains(r)).toList() + "\nonly Virtuoso: " + there.stream().filter(r -> !here.contains(r)).toList());
                return;
            }
            assertTrue(same, () -> f + ": Virtuoso answered " + remote.size() + " rows, the embedded store " + embedded.size()
                    + "\nembedded:\n" + ResultSetMgr.asString(embedded, ResultSetLang.RS_CSV)
                    + "\nvirtuoso:\n" + ResultSetMgr.asString(remote, ResultSetLang.RS_CSV));
        }));
    }

    /** The rows as text with the parts of each GROUP_CONCAT ("a; b") in sorted order and empty strings left out, the rows sorted too. */
    private static List<String> concatenationsSorted(ResultSetRewindable rs) {
        rs.reset();
        var rows = new java.util.ArrayList<String>();
        rs.forEachRemaining(row -> {
            var cells = new java.util.TreeMap<String, String>();
            row.varNames().forEachRemaining(v -> {
                String cell = row.get(v).toString();
                if (!cell.isEmpty()) cells.put(v, Stream.of(cell.split("; ")).sorted().collect(java.util.stream.Collectors.joining("; ")));
            });
            rows.add(cells.toString());
        });
        rs.reset();
        rows.sort(null);
        return rows;
    }
}
