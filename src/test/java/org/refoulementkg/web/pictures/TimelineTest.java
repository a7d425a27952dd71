package org.refoulementkg.web.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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

/**
 * {@code /timeline} on the real data: a lane per case study's person, as many marks as the store has dated events of
 * theirs, each a link with a tooltip naming its footnotes, dates at their precision, 24 February 2022 marked, the facets
 * of {@code /explore} narrowing it, and no script.
 */
class TimelineTest {
    static RunningServer server;
    static KnowledgeGraph kg;

    @BeforeAll static void start() {
        kg = ProjectData.store();
        server = RunningServer.start(kg, Duration.ofSeconds(30), Fixtures.PROJECT);
    }

    @AfterAll static void stop() { server.close(); }

    static long count(String select) {
        return kg.query(QueryFactory.create(Prefixes.sparql() + select), Duration.ofSeconds(30), qe -> qe.execSelect().next().getLiteral("n").getLong());
    }

    static int occurrences(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }

    @Test
    void aLanePerPersonAndAMarkPerDatedEvent() {
        String html = Http.get(server.url("/timeline"), "text/html").body();
        long people = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?c a rkg:CaseStudy ; rkg:person ?p }");
        long dated = count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?e ?p WHERE { ?c a rkg:CaseStudy ; rkg:person ?p . ?e rkg:person ?p ; rkg:earliest ?d FILTER(isIRI(?e)) } }");
        assertEquals(19, people);
        assertEquals(people, occurrences(html, "<g class=\"lane\">"));
        assertTrue(dated > 50, "dated events: " + dated);
        assertEquals(dated, occurrences(html, "<a class=\"mark "));
        assertEquals(0, occurrences(html, "<script"), "no script");
        assertTrue(html.contains("<a class=\"marker\" href=\"/id/event/russian-full-scale-invasion-of-ukraine-2022\">"), "24 February 2022 marked");
    }

    @Test
    void eachMarkLinksToItsPageWithItsFootnotesInTheTooltipAndItsDateAtItsPrecision() {
        String html = Http.get(server.url("/timeline"), "text/html").body();
        Matcher death = Pattern.compile("<a class=\"mark event\" href=\"/id/event/muradov-death-2022\"><title>([^<]*)</title>(<[^a][^>]*>)+</a>").matcher(html);
        assertTrue(death.find());
        assertTrue(death.group(1).contains("2022-02") && death.group(1).contains("55"), death.group(1));
        assertTrue(death.group(0).contains("<rect"), "known to the month: a bar over the month");
        Matcher deportation = Pattern.compile("<a class=\"mark transfer\" href=\"/id/event/muradov-deportation-2020\"><title>([^<]*)</title>(.*?)</a>").matcher(html);
        assertTrue(deportation.find());
        assertFalse(deportation.group(2).contains("<rect"), "known to the day: a point, no bar");
        assertTrue(deportation.group(2).startsWith("<path"), "a transfer is a triangle");
    }

    @Test
    void theFacetsNarrowIt() {
        String html = Http.get(server.url("/timeline?sending=france&transfer=deportation"), "text/html").body();
        assertEquals(4, occurrences(html, "<g class=\"lane\">"), "France deported four of the people");
        long dated = count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?e ?p WHERE { ?t a rkg:Transfer ; rkg:sendingState state:france ; rkg:transferType concept:deportation ; rkg:person ?p . "
                + "?c a rkg:CaseStudy ; rkg:person ?p . ?e rkg:person ?p ; rkg:earliest ?d FILTER(isIRI(?e)) } }");
        assertEquals(dated, occurrences(html, "<a class=\"mark "));
        assertEquals(400, Http.get(server.url("/timeline?sending=atlantis"), "text/plain").statusCode());
    }

    /** An event facet chooses the marks too, as it chooses the rows of the list of events: the lanes of the people with such an event, the marks of those events. */
    @Test
    void anEventFacetChoosesTheMarks() {
        String html = Http.get(server.url("/timeline?event=detention&attribution=stated"), "text/html").body();
        long people = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?c a rkg:CaseStudy ; rkg:person ?p . ?e a rkg:Event ; rkg:person ?p ; rkg:eventType concept:detention ; "
                + "prov:wasDerivedFrom/rkg:attribution concept:stated }");
        long marks = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?c a rkg:CaseStudy ; rkg:person ?p . ?e a rkg:Event ; rkg:person ?p ; rkg:eventType concept:detention ; "
                + "prov:wasDerivedFrom/rkg:attribution concept:stated ; rkg:earliest ?d }");
        assertTrue(marks > 3 && people > 2, marks + " marks, " + people + " people");
        assertEquals(people, occurrences(html, "<g class=\"lane\">"));
        assertEquals(marks, occurrences(html, "<a class=\"mark "));
        // the same events as the list of events, less those without a date
        String list = Http.get(server.url("/explore?show=events&event=detention&attribution=stated"), "text/html").body();
        assertEquals(marks, occurrences(list, "<tr><td class=\"when\">") - occurrences(list, "<tr><td class=\"when\"><span class=\"muted\">undated"));
    }
}
