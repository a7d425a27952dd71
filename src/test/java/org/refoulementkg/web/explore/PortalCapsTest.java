package org.refoulementkg.web.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.facets.FacetValues;
import org.refoulementkg.web.html.Links;
import org.refoulementkg.web.html.ProblemPage;
import org.refoulementkg.web.http.HttpProblem;
import org.refoulementkg.web.pictures.TimelineHandler;

import io.javalin.Javalin;

/**
 * What bounds a portal page on a large store, exercised on the briefing with small bounds: the explore handlers and the
 * timeline of the real app with 5 rows a page, 3 values a facet and 4 lanes a picture, over HTTP, side by side with the
 * app's defaults. Pages followed by their "next" links give the whole list once, in order; a facet shows its most
 * frequent values with their counts unchanged, says that there are more, and a value it does not show can still be
 * chosen; the timeline's pages give every lane and every mark once.
 */
class PortalCapsTest {
    static KnowledgeGraph kg;
    static Javalin small;
    static RunningServer full;

    @BeforeAll static void start() {
        kg = ProjectData.store();
        var links = new Links(RKG.BASE);
        var facets = new FacetValues(kg, Duration.ofSeconds(30), 3);
        var explore = new ExploreHandler(facets, links, 5);
        var timeline = new TimelineHandler(facets, links, 4);
        small = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.routes.get("/explore", explore::handle);
            c.routes.get("/timeline", timeline::handle);
            c.routes.exception(HttpProblem.class, (e, ctx) -> ProblemPage.render(ctx, e.status(), e.getMessage()));
        }).start(0);
        full = RunningServer.start(kg, Duration.ofSeconds(30), Fixtures.PROJECT);
    }

    @AfterAll static void stop() {
        small.stop();
        full.close();
    }

    static String get(String base, String path) {
        var r = Http.get(base + path, "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    static String small(String path) { return get("http://127.0.0.1:" + small.port(), path); }

    /** Every page of a list or picture from its first, by the "next" links; each page's body. */
    static List<String> pages(String first) {
        var out = new ArrayList<String>();
        String html = small(first);
        for (int i = 0; i < 30; i++) {
            out.add(html);
            Matcher next = Pattern.compile("<a href=\"([^\"]+)\">next \\d+</a>").matcher(html);
            if (!next.find()) return out;
            html = small(ExploreTest.unescape(next.group(1)));
        }
        throw new AssertionError("more than 30 pages from " + first);
    }

    /** A facet's values as shown: label → count, in order. */
    static Map<String, String> facet(String html, String key) {
        int start = html.indexOf("<section class=\"facet\" id=\"facet-" + key + "\"");
        assertTrue(start >= 0, "facet " + key);
        String section = html.substring(start, html.indexOf("</section>", start));
        var out = new LinkedHashMap<String, String>();
        Matcher m = Pattern.compile("<li><a href=\"[^\"]+\"[^>]*>(.*?)</a> <span class=\"count\">(\\d+)</span>").matcher(section);
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }

    @Test
    void thePagesOfAListGiveItWholeOnceInOrder() {
        for (String list : List.of("/explore", "/explore?show=events&sending=poland")) {
            String whole = get(full.url(""), list);
            List<String> expected = list.contains("events") ? ExploreEventsTest.events(whole) : ExploreTest.people(whole);
            var paged = new ArrayList<String>();
            List<String> pages = pages(list);
            for (String p : pages) {
                List<String> rows = list.contains("events") ? ExploreEventsTest.events(p) : ExploreTest.people(p);
                assertTrue(rows.size() <= 5, "at most 5 rows a page: " + rows.size());
                paged.addAll(rows);
            }
            assertTrue(pages.size() > 1, list + ": pages " + pages.size());
            assertEquals(expected, paged, list);
        }
    }

    @Test
    void aFacetShowsItsMostFrequentValuesAndSaysThereAreMore() {
        String capped = small("/explore"), whole = get(full.url(""), "/explore");
        var all = facet(whole, "event");
        assertTrue(all.size() > 3);
        var shown = facet(capped, "event");
        assertEquals(3, shown.size());
        assertEquals(new ArrayList<>(all.entrySet()).subList(0, 3), new ArrayList<>(shown.entrySet()), "the first three, counts unchanged");
        int section = capped.indexOf("id=\"facet-event\"");
        assertTrue(capped.substring(section, capped.indexOf("</section>", section)).contains("The 3 most frequent values"));
        // a value the capped facet does not show is still a value of the data: it can be chosen by its URL
        assertFalse(shown.containsKey("abduction"));
        assertTrue(all.containsKey("abduction"));
        assertEquals(ExploreTest.people(get(full.url(""), "/explore?event=abduction")), ExploreTest.people(small("/explore?event=abduction")));
    }

    @Test
    void theTimelinesPagesGiveEveryLaneAndMarkOnce() {
        String whole = get(full.url(""), "/timeline");
        var lanes = new ArrayList<String>();
        int marks = 0;
        for (String p : pages("/timeline")) {
            Matcher lane = Pattern.compile("<a class=\"person\" href=\"([^\"]+)\">").matcher(p);
            int here = 0;
            while (lane.find()) { lanes.add(lane.group(1)); here++; }
            assertTrue(here <= 4, "at most 4 lanes a picture: " + here);
            marks += marks(p);
        }
        var expected = new ArrayList<String>();
        Matcher lane = Pattern.compile("<a class=\"person\" href=\"([^\"]+)\">").matcher(whole);
        while (lane.find()) expected.add(lane.group(1));
        assertEquals(19, expected.size());
        assertEquals(expected, lanes);
        assertEquals(marks(whole), marks);
    }

    /** The marks of a timeline page. */
    static int marks(String html) {
        int n = 0;
        for (int i = html.indexOf("<a class=\"mark "); i >= 0; i = html.indexOf("<a class=\"mark ", i + 1)) n++;
        return n;
    }
}
