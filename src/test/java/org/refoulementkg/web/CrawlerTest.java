package org.refoulementkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.RKG;

/** Zero broken links from the home page, and every IRI of ours used in the data resolves. */
@Tag("slow")
class CrawlerTest {
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"]*)\"");

    @Test
    void everyLocalLinkFromTheHomePageWorks() {
        try (var server = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT)) {
            var seen = new HashSet<String>();
            var queue = new ArrayDeque<String>(List.of("/"));
            var broken = new ArrayList<String>();
            while (!queue.isEmpty()) {
                String path = queue.poll();
                if (!seen.add(path)) continue;
                var r = Http.get(server.url(path), "text/html");
                if (r.statusCode() != 200) { broken.add(path + " → " + r.statusCode()); continue; }
                // Follow pages, not the alternate formats or query links (those are checked elsewhere).
                if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html") || path.contains("?")) continue;
                Matcher m = HREF.matcher(r.body());
                while (m.find()) {
                    String link = m.group(1).replace("&amp;", "&");
                    int hash = link.indexOf('#');
                    if (hash >= 0) link = link.substring(0, hash);
                    if (!link.isEmpty() && !seen.contains(link)) queue.add(link);
                }
            }
            assertEquals(List.of(), broken);
            assertTrue(seen.size() > 300, "crawled only " + seen.size() + " pages");
        }
    }

    @Test
    void everyIriUsedInTheDataResolves() {
        var kg = ProjectData.store();
        Set<String> iris = kg.query(QueryFactory.create("SELECT DISTINCT ?r WHERE { { ?r ?p ?o } UNION { ?s ?p ?r } FILTER(isIRI(?r) && STRSTARTS(STR(?r), \""
                + RKG.ID + "\")) }"), Duration.ofMinutes(1), qe -> {
            var set = new HashSet<String>();
            qe.execSelect().forEachRemaining(row -> set.add(row.getResource("r").getURI()));
            return set;
        });
        assertTrue(iris.size() > 500, "IRIs: " + iris.size());
        try (var server = RunningServer.start(kg, Duration.ofSeconds(30), Fixtures.PROJECT)) {
            var broken = new ArrayList<String>();
            for (String iri : iris) {
                var r = Http.get(server.url("/id/" + iri.substring(RKG.ID.length())), "application/n-triples");
                if (r.statusCode() != 200) broken.add(iri + " → " + r.statusCode());
            }
            assertEquals(List.of(), broken);
        }
    }
}
