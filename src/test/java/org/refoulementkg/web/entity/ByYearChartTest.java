package org.refoulementkg.web.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.Prefixes;

/** State and court pages draw their transfers and decisions by year: a bar per year with the store's count, titled with footnotes. */
class ByYearChartTest {
    static RunningServer server;

    @BeforeAll static void start() { server = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT); }
    @AfterAll static void stop() { server.close(); }

    private static Map<String, Long> byYear(String pattern) {
        var q = QueryFactory.create(Prefixes.sparql() + "SELECT ?y (COUNT(DISTINCT ?x) AS ?n) WHERE { " + pattern
                + " ?x rkg:earliest ?d BIND(STR(YEAR(?d)) AS ?y) } GROUP BY ?y");
        return ProjectData.store().query(q, Duration.ofSeconds(30), qe -> {
            var out = new TreeMap<String, Long>();
            qe.execSelect().forEachRemaining(r -> out.put(r.getLiteral("y").getLexicalForm(), r.getLiteral("n").getLong()));
            return out;
        });
    }

    private static Map<String, Long> bars(String html, String key) {
        var out = new TreeMap<String, Long>();
        Matcher m = Pattern.compile("<a class=\"bar\" href=\"#" + key + "-(\\d{4})\"><title>([^<]*)</title><rect[^>]*/><text[^>]*>(\\d+)</text></a>").matcher(html);
        while (m.find()) {
            out.put(m.group(1), Long.parseLong(m.group(3)));
            assertTrue(m.group(2).startsWith(m.group(1) + ": " + m.group(3)), m.group(2));
            assertTrue(html.contains("<tr id=\"" + key + "-" + m.group(1) + "\">"), "the bar's row");
        }
        return out;
    }

    @Test
    void aStatesTransfersAndACourtsDecisionsByYear() {
        String france = Http.get(server.url("/id/state/france"), "text/html").body();
        Map<String, Long> transfers = byYear("?x rkg:sendingState state:france .");
        assertTrue(transfers.size() >= 2, transfers.toString());
        assertEquals(transfers, bars(france, "transfers"));
        assertTrue(france.contains("(fn "), "footnotes in the titles");

        String cnda = Http.get(server.url("/id/agent/cnda"), "text/html").body();
        Map<String, Long> decided = byYear("?x rkg:decidedBy agent:cnda .");
        assertTrue(!decided.isEmpty());
        assertEquals(decided, bars(cnda, "decided"));
    }
}
