package org.refoulementkg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refoulementkg.support.Answers;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The query catalogue: {@code /queries} and {@code /queries/{name}} over the fixture's queries/, and the header format. */
class QueryCatalogTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static RunningServer server;

    @BeforeAll static void start() { server = RunningServer.onFixture(Duration.ofSeconds(10)); }

    @AfterAll static void stop() { server.close(); }

    @Test void theHeaderGivesTitleAndAMultiLineDescription() {
        var q = QueryCatalog.parse("x", """
                # title: Deaths after return
                # description: Everyone who died after a European state returned them to Russia, with the
                #   footnotes and sources behind each death.
                # other comment
                PREFIX rkg: <https://w3id.org/refoulement-kg/ontology#>
                # description: not the header any more
                SELECT * WHERE { ?s ?p ?o }
                """);
        assertEquals("Deaths after return", q.title());
        assertEquals("Everyone who died after a European state returned them to Russia, with the footnotes and sources behind each death.",
                q.description());
        assertEquals("untitled", QueryCatalog.parse("untitled", "SELECT * {}").title());
    }

    @Test void theListIsJsonForJsonClients() throws Exception {
        var r = Http.get(server.url("/queries"), "application/json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        List<Map<String, String>> list = new ObjectMapper().readValue(r.body(), new TypeReference<>() {});
        assertEquals(List.of("people", "transfers"), list.stream().map(m -> m.get("name")).toList(), "Not_A-Name.rq is not a catalogue name");
        assertEquals("People", list.get(0).get("title"));
        assertEquals("Everyone the fixture describes as a person, with their label.", list.get(0).get("description"));
        assertEquals("/queries/people", list.get(0).get("url"));
        assertTrue(list.get(0).get("query").contains("SELECT ?person ?label"));
        assertEquals(200, Http.get(server.url(list.get(0).get("run")), "application/sparql-results+json").statusCode());
    }

    @Test void theListIsHtmlForBrowsersAndByDefault() {
        for (String accept : new String[] {BROWSER, null}) {
            var r = Http.get(server.url("/queries"), accept);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(r.body().contains("<a href=\"/queries/people\">People</a>"), r.body());
            assertTrue(r.body().contains("<a href=\"/queries/transfers\">Transfers</a>"));
            assertTrue(r.body().contains("href=\"/sparql?query=%23%20title%3A%20People"));
        }
    }

    @Test void aQueryPageShowsTitleDescriptionEscapedTextRunLinkAndResults() {
        var r = Http.get(server.url("/queries/people"), BROWSER);
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<h1>People</h1>"));
        assertTrue(html.contains("Everyone the fixture describes as a person, with their label."));
        assertTrue(html.contains("PREFIX rkg: &lt;https://w3id.org/refoulement-kg/ontology#&gt;"), "query text escaped in <pre>");
        assertTrue(html.contains("href=\"/sparql?query=%23%20title%3A%20People"), "run in the query page");
        assertTrue(html.contains("<a href=\"/id/person/alice\" title=\"https://w3id.org/refoulement-kg/id/person/alice\">person:alice</a>"), html);
        assertTrue(html.contains("Alice Example"));
        assertTrue(html.contains("4 rows."));
    }

    @Test void withAResultsAcceptTheQueryAnswersLikeTheEndpoint() {
        String text = new QueryCatalog(Fixtures.FIXTURE).find("people").orElseThrow().text();
        var expected = server.store().query(QueryFactory.create(text, Syntax.syntaxARQ), Duration.ofSeconds(10),
                (QueryExecution qe) -> Answers.copy(qe.execSelect()));

        var json = Http.get(server.url("/queries/people"), "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        List<String> rows = Answers.rows(json.body(), ResultSetLang.RS_JSON);
        assertEquals(4, rows.size());
        assertEquals(Answers.rows(expected, ResultSetLang.RS_JSON), rows);

        var csv = Http.get(server.url("/queries/people?format=csv"), BROWSER);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(Answers.rows(expected, ResultSetLang.RS_CSV), Answers.rows(csv.body(), ResultSetLang.RS_CSV));

        assertEquals(406, Http.get(server.url("/queries/people"), "image/png").statusCode());
    }

    @Test void unknownAndInvalidNamesAre404() {
        for (String path : new String[] {"/queries/nope", "/queries/Not_A-Name", "/queries/..%2Fpom", "/queries/people.rq"}) {
            var r = Http.get(server.url(path), BROWSER);
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.body().contains("<project"), path);
        }
    }

    /** The project's own catalogue: every query has a header and parses (the lead's queries included). */
    @Test void everyProjectQueryHasATitleADescriptionAndParses() {
        var queries = new QueryCatalog(Fixtures.PROJECT).list();
        assertFalse(queries.isEmpty(), "queries/ has no .rq files");
        for (var q : queries) {
            assertFalse(q.title().equals(q.name()), q.name() + ": no '# title:' line");
            assertFalse(q.description().isEmpty(), q.name() + ": no '# description:' line");
            QueryPolicy.parse(q.text());
        }
    }
}
