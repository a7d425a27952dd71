package org.refoulementkg.web.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.refoulementkg.support.Answers;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.html.Html;

/**
 * Every kind of resource × every Accept: the same URL answers in the announced format, the answer parses
 * with Jena and holds the canonical IRI; HTML for browsers; Vary, Link, HEAD, ?format and real 404s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentNegotiationTest {
    static final List<String> RESOURCES = List.of(
            "person/daoud-muradov", "state/france", "agent/cnda", "agent/ecthr", "event/muradov-deportation-2020",
            "footnote/52", "case/amina-gerikhanova", "concept/deportation", "section/4-1", "briefing",
            "law/ecthr-chahal-v-united-kingdom", "place/grozny", "statement/case-daoud-muradov-outcome-died-after-return",
            "source/memorial-2022-04-04-muradov", "fact/prohibition-of-torture-jus-cogens", "fact/crew-against-torture-survey-over-200-cases");
    static final List<Lang> LANGS = List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES);

    RunningServer server;

    @BeforeAll void start() { server = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT); }
    @AfterAll void stop() { server.close(); }

    @TestFactory
    Stream<DynamicTest> everyKindInEveryFormat() {
        var tests = new ArrayList<DynamicTest>();
        for (String path : RESOURCES) {
            String iri = RKG.ID + path;
            tests.add(DynamicTest.dynamicTest(path + " as HTML", () -> {
                var r = Http.get(server.url("/id/" + path), "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
                assertEquals(200, r.statusCode(), path);
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
                assertTrue(r.body().contains("<h1>") && r.body().contains(Html.esc(iri)), path);
                assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
                assertTrue(r.headers().firstValue("Link").orElse("").contains("rel=\"alternate\""));
            }));
            for (Lang lang : LANGS) {
                String type = lang.getContentType().getContentTypeStr();
                tests.add(DynamicTest.dynamicTest(path + " as " + lang.getName(), () -> {
                    var r = Http.get(server.url("/id/" + path), type);
                    assertEquals(200, r.statusCode(), path);
                    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), r.headers().toString());
                    var g = Answers.graph(r.body(), lang);
                    assertTrue(g.contains(NodeFactory.createURI(iri), null, null), path + " in " + lang.getName() + " lacks its canonical IRI");
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void formatParameterOverridesAccept() {
        var r = Http.get(server.url("/id/state/france?format=turtle"), "text/html");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(Answers.graph(r.body(), Lang.TURTLE).size() > 0);
    }

    @Test
    void headAnswersWithoutABody() {
        var req = HttpRequest.newBuilder(URI.create(server.url("/id/person/daoud-muradov"))).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Accept", "text/turtle").build();
        var r = Http.send(req);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().isEmpty());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test
    void unknownAndMalformedPathsAreRealNotFounds() {
        var page = Http.get(server.url("/id/person/nobody-at-all"), "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Not found"));
        assertEquals(404, Http.get(server.url("/id/person/nobody-at-all"), "text/turtle").statusCode());
        assertEquals(404, Http.get(server.url("/id/person/..%2F..%2Fetc%2Fpasswd"), "text/turtle").statusCode());
        var traversal = Http.get(server.url("/id/%2e%2e/%2e%2e/etc/passwd"), null);
        assertTrue(traversal.statusCode() == 404 || traversal.statusCode() == 400, "status " + traversal.statusCode());
        assertFalse(traversal.body().contains("root:"));
    }

    @Test
    void pagesShowProvenanceAndTimeline() {
        var r = Http.get(server.url("/id/person/daoud-muradov"), "text/html");
        String html = r.body();
        assertTrue(html.contains("<h2>Timeline</h2>"), "timeline");
        assertTrue(html.contains("2020-12-11"), "the deportation's date");
        assertTrue(html.contains("href=\"/id/footnote/54\""), "a footnote link");
        assertTrue(html.contains("the briefing’s words"), "quotes on expand");
        assertTrue(html.contains("according to"), "attribution");
        var fn = Http.get(server.url("/id/footnote/54"), "text/html").body();
        assertTrue(fn.contains("Facts resting on this footnote"), "facts per footnote");
        var state = Http.get(server.url("/id/state/france"), "text/html").body();
        assertTrue(state.contains("<h2>Transfers by year</h2>") && state.contains("<th>2020</th>"), "a state's transfers by year");
        assertTrue(state.contains("Decisions of its courts and authorities by year"), "a state's decisions by year");
        var court = Http.get(server.url("/id/agent/cnda"), "text/html").body();
        assertTrue(court.contains("decided by"), "a court's decisions");
    }
}
