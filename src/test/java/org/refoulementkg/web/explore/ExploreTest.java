package org.refoulementkg.web.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code /explore} on the real data over HTTP: every facet value's count is the number of people that value leaves under the other facets' choices (its link, or for a
 * facet already chosen, the value alone); France
 * and deportation leave the people of the research query {@code returned-by-france}; the SPARQL shown is the one that ran;
 * CSV and JSON hold the same list; unknown or malformed values get 400 with a message.
 */
class ExploreTest {
    static RunningServer server;
    static KnowledgeGraph kg;
    static final Pattern VALUE = Pattern.compile("<li><a href=\"([^\"]+)\"(?: class=\"chosen\"[^>]*)?>(.*?)</a> <span class=\"count\">(\\d+)</span>");
    private static final Pattern PERSON = Pattern.compile("<tr><td><a href=\"/id/person/([^\"]+)\">");

    @BeforeAll static void start() {
        kg = ProjectData.store();
        server = RunningServer.start(kg, Duration.ofSeconds(30), Fixtures.PROJECT);
    }

    @AfterAll static void stop() { server.close(); }

    static String page(String pathAndQuery) { return page(server, pathAndQuery); }

    /** A page of the server as HTML (200, or the test fails with the answer). */
    static String page(RunningServer server, String pathAndQuery) {
        var r = Http.get(server.url(pathAndQuery), "text/html");
        assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
        return r.body();
    }

    static List<String> people(String html) { return firstGroups(PERSON, html); }

    /** The first group of each match, in order. */
    static List<String> firstGroups(Pattern p, String html) {
        var out = new ArrayList<String>();
        Matcher m = p.matcher(html);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    static String unescape(String s) { return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"); }

    @Test
    void everyValuesCountIsTheNumberOfPeopleItsLinkLeaves() {
        for (String start : List.of("/explore", "/explore?sending=france")) {
            String html = page(start);
            Matcher m = VALUE.matcher(html);
            int values = 0;
            while (m.find()) {
                if (m.group(0).contains("class=\"chosen\"")) continue; // its link removes the value
                values++;
                String link = unescape(m.group(1));
                // another value of a facet already chosen adds an alternative: its count is of people with that value
                if (start.contains("?") && link.contains(start.substring(start.indexOf('?') + 1) + "&sending="))
                    link = link.replace(start.substring(start.indexOf('?') + 1) + "&", "");
                assertEquals(Integer.parseInt(m.group(3)), people(page(link)).size(), start + " → " + link + " (" + m.group(2) + ")");
            }
            assertTrue(values > 20, start + ": values offered: " + values);
        }
        assertEquals(19, people(page("/explore")).size(), "no choice: the 19 case studies");
    }

    @Test
    void franceAndDeportationAreThePeopleOfTheResearchQuery() throws Exception {
        var q = QueryFactory.create(Files.readString(Path.of("queries/returned-by-france.rq")));
        Set<String> expected = kg.query(q, Duration.ofSeconds(30), qe -> {
            var names = new TreeSet<String>();
            qe.execSelect().forEachRemaining(r -> names.add(r.getLiteral("person").getLexicalForm()));
            return names;
        });
        assertFalse(expected.isEmpty());
        String html = page("/explore?sending=france&transfer=deportation");
        var shown = new TreeSet<String>();
        Matcher m = Pattern.compile("<tr><td><a href=\"/id/person/[^\"]+\">([^<]+)</a>").matcher(html);
        while (m.find()) shown.add(unescape(m.group(1)));
        assertEquals(expected, shown);
    }

    @Test
    void theSparqlShownIsTheQueryThatRanAndOpensInTheQueryPage() {
        String html = page("/explore?sending=france&transfer=deportation&outcome=detained-after-return");
        String shown = unescape(html.substring(html.indexOf("<pre><code>") + 11, html.indexOf("</code></pre>")));
        assertTrue(shown.contains("VALUES ?sending") && shown.contains("/id/state/france>"), shown);
        var rows = kg.query(QueryFactory.create(shown), Duration.ofSeconds(30), qe -> {
            var out = new ArrayList<String>();
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("person").getURI().replaceFirst(".*/person/", "")));
            return out;
        });
        assertEquals(people(html), rows);
        Matcher open = Pattern.compile("<a href=\"(/sparql\\?query=[^\"]+)\">Open in the query page</a>").matcher(html);
        assertTrue(open.find());
        assertEquals(shown, java.net.URLDecoder.decode(unescape(open.group(1)).substring("/sparql?query=".length()), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void csvAndJsonHoldTheSameList() throws Exception {
        String sel = "/explore?sending=germany&sending=poland";
        List<String> html = people(page(sel));
        assertTrue(html.size() >= 2, html.toString());
        var csv = Http.get(server.url(sel + "&format=csv"), null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        var lines = csv.body().strip().split("\r?\n");
        assertTrue(lines[0].startsWith("person,name,case,returnedBy"), lines[0]);
        assertEquals(html.size(), lines.length - 1);
        var json = Http.get(server.url(sel), "application/sparql-results+json");
        JsonNode bindings = new ObjectMapper().readTree(json.body()).path("results").path("bindings");
        var fromJson = new ArrayList<String>();
        bindings.forEach(b -> fromJson.add(b.path("person").path("value").asText().replaceFirst(".*/person/", "")));
        assertEquals(html, fromJson);
    }

    @Test
    void aYearRangeKeepsThePeopleWithATransferInIt() {
        List<String> in2021 = people(page("/explore?since=2021&until=2021"));
        assertFalse(in2021.isEmpty());
        for (String p : in2021) {
            boolean any = kg.query(QueryFactory.create("PREFIX rkg: <https://w3id.org/refoulement-kg/ontology#> ASK { ?t a rkg:Transfer ; rkg:person <https://w3id.org/refoulement-kg/id/person/"
                    + p + "> ; rkg:earliest ?s ; rkg:latest ?e FILTER(YEAR(?s) <= 2021 && YEAR(?e) >= 2021) }"), Duration.ofSeconds(30), qe -> qe.execAsk());
            assertTrue(any, p + " has a transfer in 2021");
        }
        assertTrue(people(page("/explore?since=2011&until=2021")).containsAll(in2021), "a wider range keeps them");
    }

    @Test
    void badChoicesGetAClearError() {
        for (String bad : List.of("sending=atlantis", "sending=france%3E%20%7D%20%23", "since=20x1", "since=2022&until=2020", "court=FRANCE")) {
            var r = Http.get(server.url("/explore?" + bad), "text/plain");
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertFalse(r.body().contains("Exception"), r.body());
        }
        assertTrue(Http.get(server.url("/explore?sending=atlantis"), "text/plain").body().contains("belgium, france, germany"));
    }

    @Test
    void everyExtraditionThatReliedOnARedNotice() {
        var q = QueryFactory.create(org.refoulementkg.vocab.Prefixes.sparql() + """
                SELECT DISTINCT ?p WHERE { ?c a rkg:CaseStudy ; rkg:person ?p .
                  ?t a rkg:Transfer ; rkg:person ?p ; rkg:transferType concept:extradition ; rkg:basis ?b . ?b a rkg:RedNotice }""");
        List<String> expected = kg.query(q, Duration.ofSeconds(30), qe -> {
            var out = new ArrayList<String>();
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("p").getURI().replaceFirst(".*/person/", "")));
            return out;
        });
        assertFalse(expected.isEmpty());
        assertEquals(expected, people(page("/explore?transfer=extradition&basis=RedNotice")));
    }
}
