package org.refoulementkg.web.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;

/**
 * The portal in remote-store mode: with the briefing's data in a real remote store, the explore lists (people and
 * events, a later page) and counts, the timeline's lanes and marks, the flows' bands and a person's summary box are what
 * the embedded store gives. Each store is a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortalPagesContract {
    RunningServer local, remote;

    /** A remote store holding the project's data. */
    abstract KnowledgeGraph startRemote();

    abstract void stopRemote();

    @BeforeAll void start() {
        local = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT);
        remote = RunningServer.start(startRemote(), Duration.ofSeconds(60), Fixtures.PROJECT);
    }

    @AfterAll void stop() {
        if (local != null) local.close();
        if (remote != null) remote.close();
        stopRemote();
    }

    /** What a page shows, independent of the order a store returns grouped values in: its links with their counts or titles. */
    static TreeMap<String, String> shown(String html) {
        var out = new TreeMap<String, String>();
        Matcher heading = Pattern.compile("<h2 id=\"results-h\">([^<]+)</h2>").matcher(html);
        while (heading.find()) out.put("heading", heading.group(1));
        Matcher facet = Pattern.compile("<li><a href=\"([^\"]+)\"[^>]*>.*?</a> <span class=\"count\">(\\d+)</span>").matcher(html);
        while (facet.find()) out.put("facet " + facet.group(1), facet.group(2));
        Matcher person = Pattern.compile("<tr><td><a href=\"(/id/person/[^\"]+)\"").matcher(html);
        while (person.find()) out.put("row " + person.group(1), "");
        Matcher event = Pattern.compile("<tr><td class=\"when\">((?:(?!</tr>).)*?)</td><td><a href=\"(/id/event/[^\"]+)\">((?:(?!</tr>).)*)</tr>").matcher(html);
        while (event.find()) out.put("event " + event.group(2), event.group(1) + " | " + canonical(event.group(3).replaceAll("<[^>]+>", " ")));
        Matcher mark = Pattern.compile("<a class=\"(mark [a-z]+|band|node|marker)\" href=\"([^\"]+)\"><title>([^<]*)</title>").matcher(html);
        while (mark.find()) out.merge(mark.group(1) + " " + mark.group(2), canonical(mark.group(3)), (a, b) -> a + " | " + b);
        Matcher fn = Pattern.compile("<dd class=\"(\\w+)\">(.*?)</dd>").matcher(html);
        while (fn.find()) {
            var links = new TreeSet<String>();
            Matcher a = Pattern.compile("href=\"([^\"]+)\"").matcher(fn.group(2));
            while (a.find()) links.add(a.group(1));
            out.put("summary " + fn.group(1), links.toString());
        }
        return out;
    }

    /** A title's lists ("a, b, c") as sets: grouped values may come in any order. */
    static String canonical(String title) {
        var parts = new TreeSet<>(List.of(title.split(", | — | \\(|\\)|\\s+")));
        parts.remove("");
        return parts.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/explore", "/explore?sending=france&transfer=deportation", "/explore?since=2011&until=2021&outcome=detained-after-return",
            "/explore?show=events", "/explore?show=events&page=2", "/explore?show=events&event=detention&court=cnda", "/explore?show=events&attribution=alleged",
            "/timeline", "/timeline?risk=perceived-isil-affiliation", "/timeline?event=detention&attribution=stated", "/flows", "/id/person/daoud-muradov", "/id/person/azamat-bayduev"})
    void theRemoteStoreShowsWhatTheEmbeddedOneShows(String path) {
        var localAnswer = Http.get(local.url(path), "text/html");
        assertEquals(200, localAnswer.statusCode(), path);
        var expected = shown(localAnswer.body());
        assertFalse(expected.isEmpty(), path);
        var remoteAnswer = Http.get(remote.url(path), "text/html");
        assertEquals(200, remoteAnswer.statusCode(), () -> path + ": " + remoteAnswer.body());
        var actual = shown(remoteAnswer.body());
        var differences = new TreeMap<String, String>();
        for (String k : new TreeSet<>(Stream.concat(expected.keySet().stream(), actual.keySet().stream()).toList()))
            if (!Objects.equals(expected.get(k), actual.get(k))) differences.put(k, expected.get(k) + "  ≠  " + actual.get(k));
        assertEquals(new TreeMap<String, String>(), differences, path);
    }
}
