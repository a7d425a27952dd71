package org.refoulementkg.web.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;

/**
 * {@code /flows} on the real data: every band from a sending state to a kind of transfer names exactly the people that
 * choice leaves in {@code /explore} (its link), every band carries footnotes, and all 19 people leave the first column.
 */
class FlowsTest {
    static RunningServer server;
    private static final Pattern BAND = Pattern.compile("<a class=\"band\" href=\"([^\"]+)\"><title>([^<]*)</title>");

    @BeforeAll static void start() { server = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT); }
    @AfterAll static void stop() { server.close(); }

    static String unescape(String s) { return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"); }

    @Test
    void eachTransferBandIsThePeopleItsExploreLinkLists() {
        String html = Http.get(server.url("/flows"), "text/html").body();
        Matcher m = BAND.matcher(html);
        int transferBands = 0;
        var everyone = new TreeSet<String>();
        while (m.find()) {
            String href = unescape(m.group(1)), title = unescape(m.group(2));
            Matcher who = Pattern.compile(": \\d+ (?:people|person) \\((.*)\\)(?: — footnotes [0-9, ]+)?$").matcher(title);
            assertTrue(who.find(), title);
            var names = new TreeSet<>(Arrays.asList(who.group(1).split(", (?=[A-Z\"])")));
            if (!href.contains("sending=") || href.contains("outcome=")) {
                if (!href.contains("outcome=") && !href.contains("transfer=")) everyone.addAll(names); // "no transfer reported"
                continue;
            }
            transferBands++;
            everyone.addAll(names);
            assertTrue(title.contains("footnotes "), "a transfer band carries its footnotes: " + title);
            String list = Http.get(server.url(href), "text/html").body();
            var listed = new TreeSet<String>();
            Matcher row = Pattern.compile("<tr><td><a href=\"/id/person/[^\"]+\">([^<]+)</a>").matcher(list);
            while (row.find()) listed.add(unescape(row.group(1)));
            assertEquals(listed, names, href);
        }
        assertTrue(transferBands >= 6, "bands from states: " + transferBands);
        assertEquals(19, everyone.size(), "every person flows from the first column: " + everyone);
    }

    @Test
    void theFacetsNarrowIt() {
        String html = Http.get(server.url("/flows?sending=france"), "text/html").body();
        assertTrue(html.contains(">France (4)</text>"), "France's four");
        assertTrue(!html.contains(">Poland ("), "only France's");
    }
}
