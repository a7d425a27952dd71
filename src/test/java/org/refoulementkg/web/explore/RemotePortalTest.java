package org.refoulementkg.web.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.FusekiPeer;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;

/**
 * The portal in remote-store mode: with the briefing's data in a real Fuseki server, the explore lists and counts, the
 * timeline's lanes and marks, the flows' bands and a person's summary box are what the embedded store gives.
 */
@Tag("fuseki")
class RemotePortalTest {
    static FusekiPeer fuseki;
    static KnowledgeGraph remote;
    static RunningServer local, viaFuseki;

    @BeforeAll static void start() {
        fuseki = FusekiPeer.start(null, true);
        remote = KnowledgeGraph.remote(fuseki.queryEndpoint(), fuseki.gspEndpoint());
        remote.publish(ProjectData.loaded());
        local = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT);
        viaFuseki = RunningServer.start(remote, Duration.ofSeconds(30), Fixtures.PROJECT);
    }

    @AfterAll static void stop() {
        local.close();
        viaFuseki.close();
        remote.close();
        fuseki.close();
    }

    /** What a page shows, independent of the order a store returns grouped values in: its links with their counts or titles. */
    static TreeMap<String, String> shown(String html) {
        var out = new TreeMap<String, String>();
        Matcher facet = Pattern.compile("<li><a href=\"([^\"]+)\"[^>]*>.*?</a> <span class=\"count\">(\\d+)</span>").matcher(html);
        while (facet.find()) out.put("facet " + facet.group(1), facet.group(2));
        Matcher person = Pattern.compile("<tr><td><a href=\"(/id/person/[^\"]+)\"").matcher(html);
        while (person.find()) out.put("row " + person.group(1), "");
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
        var parts = new TreeSet<>(List.of(title.split(", | — | \\(|\\)")));
        return parts.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/explore", "/explore?sending=france&transfer=deportation", "/explore?since=2011&until=2021&outcome=detained-after-return",
            "/timeline", "/timeline?risk=perceived-isil-affiliation", "/flows", "/id/person/daoud-muradov", "/id/person/azamat-bayduev"})
    void theRemoteStoreShowsWhatTheEmbeddedOneShows(String path) {
        var expected = shown(Http.get(local.url(path), "text/html").body());
        assertFalse(expected.isEmpty(), path);
        String body = Http.get(viaFuseki.url(path), "text/html").body();
        var actual = shown(body);
        var differences = new TreeMap<String, String>();
        for (String k : new TreeSet<>(java.util.stream.Stream.concat(expected.keySet().stream(), actual.keySet().stream()).toList()))
            if (!java.util.Objects.equals(expected.get(k), actual.get(k))) differences.put(k, expected.get(k) + "  ≠  " + actual.get(k));
        assertEquals(new TreeMap<String, String>(), differences, path);
    }
}
