package org.refoulementkg.web.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.refoulementkg.vocab.Prefixes;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code /explore?show=events} on the real data over HTTP: one row per event of the case studies' people (as many as the
 * store has), each facet value's count the number of events its link lists, an event facet narrowing the events
 * themselves (every row of {@code event=detention} is a detention in the store), dates as the data keeps them, a
 * transfer's states, footnotes linked; pages of 100 rows whose union is the CSV; the SPARQL shown gives the page's rows.
 */
class ExploreEventsTest {
    static RunningServer server;
    static KnowledgeGraph kg;
    private static final Pattern ROW = Pattern.compile("<tr><td class=\"when\">(?:.*?)</td><td><a href=\"/id/event/([^\"]+)\">.*?</tr>");
    private static final Pattern TOTAL = Pattern.compile("<h2 id=\"results-h\">([\\d,]+) events?</h2>");

    @BeforeAll static void start() {
        kg = ProjectData.store();
        server = RunningServer.start(kg, Duration.ofSeconds(30), Fixtures.PROJECT);
    }

    @AfterAll static void stop() { server.close(); }

    static String page(String pathAndQuery) { return ExploreTest.page(server, pathAndQuery); }

    /** The events a page lists, in order. */
    static List<String> events(String html) { return ExploreTest.firstGroups(ROW, html); }

    static long total(String html) {
        Matcher m = TOTAL.matcher(html);
        assertTrue(m.find(), "a heading with the number of events");
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    static List<String> eventsOf(String where) {
        return kg.query(QueryFactory.create(Prefixes.sparql() + "SELECT DISTINCT ?e WHERE { ?c a rkg:CaseStudy ; rkg:person ?p . ?e a rkg:Event ; rkg:person ?p . "
                + where + " } ORDER BY ?e"), Duration.ofSeconds(30), qe -> {
            var out = new ArrayList<String>();
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("e").getURI().replaceFirst(".*/event/", "")));
            return out;
        });
    }

    /** Every page of a list, followed by its "next" links. */
    static List<String> allPages(String first) {
        var out = new ArrayList<String>();
        String html = page(first);
        for (int i = 0; i < 50; i++) {
            out.addAll(events(html));
            Matcher next = Pattern.compile("<a href=\"([^\"]+)\">next \\d+</a>").matcher(html);
            if (!next.find()) return out;
            html = page(ExploreTest.unescape(next.group(1)));
        }
        throw new AssertionError("more than 50 pages");
    }

    @Test
    void oneRowPerEventOfTheCaseStudiesPeopleOnPagesOfAHundred() {
        List<String> expected = eventsOf("");
        assertTrue(expected.size() > 100, "more events than one page: " + expected.size());
        String first = page("/explore?show=events");
        assertEquals(expected.size(), total(first));
        assertEquals(100, events(first).size(), "a page of 100 rows");
        assertTrue(first.contains("Rows 1–100 of " + expected.size()), "the page says which rows it shows");
        assertFalse(first.contains("<script"), "no script: links and a GET form");
        List<String> all = allPages("/explore?show=events");
        assertEquals(expected.size(), all.size(), "no row twice, none left out");
        assertEquals(expected, all.stream().sorted().toList());
    }

    @Test
    void eachValuesCountIsTheNumberOfEventsItsLinkLists() {
        for (String start : List.of("/explore?show=events", "/explore?show=events&sending=france")) {
            Matcher m = ExploreTest.VALUE.matcher(page(start));
            int values = 0;
            while (m.find()) {
                if (m.group(0).contains("class=\"chosen\"")) continue;
                String link = ExploreTest.unescape(m.group(1));
                assertTrue(link.contains("show=events"), "a facet link keeps the list of events: " + link);
                // another sending state adds an alternative: its count is of the events with that state alone
                if (start.contains("sending=") && link.contains("sending=france&sending=")) link = link.replace("sending=france&", "");
                values++;
                assertEquals(Long.parseLong(m.group(3)), total(page(link)), start + " → " + link + " (" + m.group(2) + ")");
            }
            assertTrue(values > 20, start + ": values offered: " + values);
        }
    }

    @Test
    void anEventFacetNarrowsTheEventsThemselves() {
        List<String> detentions = eventsOf("?e rkg:eventType concept:detention");
        assertFalse(detentions.isEmpty());
        assertEquals(detentions, events(page("/explore?show=events&event=detention")).stream().sorted().toList());
        // a transfer facet chooses the people: their events of every kind
        List<String> ofFrance = eventsOf("?t a rkg:Transfer ; rkg:person ?p ; rkg:sendingState state:france");
        assertEquals(ofFrance, allPages("/explore?show=events&sending=france").stream().sorted().toList());
    }

    @Test
    void aRowHasTheDateAtItsPrecisionTheKindThePersonTheStatesAndTheFootnotes() {
        String html = page("/explore?show=events&sending=france&transfer=deportation&event=deportation");
        Matcher row = Pattern.compile("<tr><td class=\"when\">([^<]*) .*?<a href=\"/id/event/muradov-deportation-2020\">.*?</tr>").matcher(html);
        assertTrue(row.find(), html);
        assertEquals("2020-12-11", row.group(1));
        String r = row.group(0);
        assertTrue(r.contains("(“on 11 December 2020”)"), r);
        assertTrue(r.contains("<td>deportation</td>"), r);
        assertTrue(r.contains("<a href=\"/id/person/daoud-muradov\">Daoud Muradov</a>"), r);
        assertTrue(r.contains("<a href=\"/id/state/france\">France</a> → <a href=\"/id/state/russia\">Russia</a>"), r);
        // a date known to the year only is shown as the year, not as a day
        String years = page("/explore?show=events&event=arrest");
        Matcher arrest = Pattern.compile("<a href=\"/id/event/muradov-arrest-2017\">").matcher(years);
        assertTrue(arrest.find());
        String line = years.substring(years.lastIndexOf("<tr>", arrest.start()), arrest.start());
        assertTrue(line.startsWith("<tr><td class=\"when\">2017 "), line);
        // footnotes as links to their pages, each the store's
        Map<String, TreeSet<String>> footnotes = footnotesInStore();
        Matcher fnRow = Pattern.compile("<tr><td class=\"when\">(?:(?!</tr>).)*?<a href=\"/id/event/([^\"]+)\">(?:(?!</tr>).)*<td>((?:<a class=\"fn\"[^>]*>fn \\d+</a> ?)*)</td></tr>").matcher(page("/explore?show=events&sending=germany"));
        int checked = 0;
        while (fnRow.find()) {
            var shown = new TreeSet<String>();
            Matcher a = Pattern.compile("href=\"/id/footnote/(\\d+)\"").matcher(fnRow.group(2));
            while (a.find()) shown.add(a.group(1));
            if (shown.isEmpty()) continue;
            checked++;
            assertEquals(footnotes.get(fnRow.group(1)), shown, fnRow.group(1));
        }
        assertTrue(checked > 5, "rows with footnotes: " + checked);
    }

    static Map<String, TreeSet<String>> footnotesInStore() {
        return kg.query(QueryFactory.create(Prefixes.sparql() + "SELECT ?e ?n WHERE { ?e a rkg:Event ; prov:wasDerivedFrom/rkg:footnote/rkg:footnoteNumber ?n }"),
                Duration.ofSeconds(30), qe -> {
                    var out = new TreeMap<String, TreeSet<String>>();
                    qe.execSelect().forEachRemaining(r -> out.computeIfAbsent(r.getResource("e").getURI().replaceFirst(".*/event/", ""), k -> new TreeSet<>())
                            .add(r.getLiteral("n").getLexicalForm()));
                    return out;
                });
    }

    @Test
    void csvAndJsonHoldTheWholeListInTheOrderOfThePages() throws Exception {
        List<String> pages = allPages("/explore?show=events");
        var csv = Http.get(server.url("/explore?show=events&format=csv"), null);
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().strip().split("\r?\n");
        assertTrue(lines[0].startsWith("event,label,start,edtf,dateText,kinds,person,name"), lines[0]);
        var fromCsv = new ArrayList<String>();
        for (int i = 1; i < lines.length; i++) fromCsv.add(lines[i].substring(0, lines[i].indexOf(',')).replaceFirst(".*/event/", ""));
        assertEquals(pages, fromCsv);
        var json = new ObjectMapper().readTree(Http.get(server.url("/explore?show=events&event=detention"), "application/sparql-results+json").body());
        var fromJson = new ArrayList<String>();
        json.path("results").path("bindings").forEach(b -> fromJson.add(b.path("event").path("value").asText().replaceFirst(".*/event/", "")));
        assertEquals(events(page("/explore?show=events&event=detention")), fromJson);
    }

    @Test
    void theSparqlShownGivesThePagesRows() {
        String html = page("/explore?show=events&page=2");
        String shown = ExploreTest.unescape(html.substring(html.indexOf("<pre><code>") + 11, html.indexOf("</code></pre>")));
        assertTrue(shown.contains("LIMIT   100") && shown.contains("OFFSET  100"), shown);
        var rows = kg.query(QueryFactory.create(shown), Duration.ofSeconds(30), qe -> {
            var out = new ArrayList<String>();
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("event").getURI().replaceFirst(".*/event/", "")));
            return out;
        });
        assertEquals(events(html), rows);
        Matcher open = Pattern.compile("<a href=\"(/sparql\\?query=[^\"]+)\">Open in the query page</a>").matcher(html);
        assertTrue(open.find());
        assertEquals(shown, URLDecoder.decode(ExploreTest.unescape(open.group(1)).substring("/sparql?query=".length()), StandardCharsets.UTF_8));
    }

    @Test
    void badViewsAndPagesGetAClearError() {
        for (String bad : List.of("show=cases%3Cb%3E", "page=0", "page=-1", "page=x", "show=events&page=99")) {
            var r = Http.get(server.url("/explore?" + bad), "text/html");
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, bad + ": " + r.statusCode());
            assertFalse(r.body().contains("Exception") || r.body().contains("<b>"), "escaped, no trace: " + r.body());
        }
        assertEquals(404, Http.get(server.url("/explore?show=events&page=99"), "text/html").statusCode());
        assertTrue(Http.get(server.url("/explore?show=events&page=99"), "text/html").body().contains("3 pages"));
    }
}
