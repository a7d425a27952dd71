package org.refoulementkg.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.arq.junit.manifest.ManifestEntry;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.support.W3cSuite;
import org.refoulementkg.web.WebApp;
import org.refoulementkg.web.http.ClientBudget;

/**
 * The W3C SPARQL 1.0, 1.1 and 1.2 query syntax tests through /sparql: a query that must parse is answered (or refused
 * only by the endpoint's documented policy: SERVICE, functions off the allow-list), one that must not is refused with
 * 400 (unless only our predeclared prefixes make it parse). Proves the policy and the prefixes refuse nothing else.
 */
class W3cSyntaxTest {
    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final List<Path> MANIFESTS = List.of(W3cSuite.ROOT.resolve("sparql10/manifest-syntax.ttl"),
            W3cSuite.ROOT.resolve("sparql11/manifest-sparql11-query.ttl"), W3cSuite.ROOT.resolve("sparql12/manifest.ttl"));

    static List<ManifestEntry> of(String... types) {
        var all = new ArrayList<ManifestEntry>();
        for (String t : types) all.addAll(W3cSuite.entries(MANIFESTS, NodeFactory.createURI(MF + t)));
        return all;
    }

    @Test
    void validQueriesAreAnsweredAndInvalidOnesRefused() {
        var positive = of("PositiveSyntaxTest", "PositiveSyntaxTest11");
        var negative = of("NegativeSyntaxTest", "NegativeSyntaxTest11");
        assertTrue(positive.size() > 200 && negative.size() > 100, positive.size() + " / " + negative.size());
        var wrong = new ArrayList<String>();
        int byPolicy = 0, byPrefixes = 0;
        var settings = new WebApp.Settings(Duration.ofSeconds(10), Fixtures.FIXTURE).withBudget(new ClientBudget.Settings(Duration.ZERO, java.util.Set.of()));
        try (var server = RunningServer.start(Fixtures.store(), settings)) {
            for (ManifestEntry e : positive) {
                var r = send(server, e);
                if (r.statusCode() == 400 && (r.body().contains("SERVICE") || r.body().contains("function") || r.body().contains("Custom aggregate"))) byPolicy++;
                else if (r.statusCode() != 200) wrong.add("valid " + e.getURI() + " → " + r.statusCode() + " " + r.body().strip());
            }
            for (ManifestEntry e : negative) {
                var r = send(server, e);
                if (r.statusCode() == 200 && parsesOnlyWithOurPrefixes(e)) byPrefixes++;
                else if (r.statusCode() != 400) wrong.add("invalid " + e.getURI() + " → " + r.statusCode() + " " + r.body().strip());
            }
        }
        System.out.printf("W3C syntax tests through our /sparql: %d valid answered, %d refused by policy (SERVICE, functions off the allow-list); "
                + "%d invalid refused, %d parse only with the predeclared prefixes; %d wrong%n",
                positive.size() - byPolicy - wrong.stream().filter(w -> w.startsWith("valid")).count(), byPolicy,
                negative.size() - byPrefixes - wrong.stream().filter(w -> w.startsWith("invalid")).count(), byPrefixes, wrong.size());
        assertEquals(List.of(), wrong);
    }

    static java.net.http.HttpResponse<String> send(RunningServer server, ManifestEntry e) {
        String file = e.getAction().getURI();
        return Http.postBody(server.url("/sparql"), "application/sparql-query", "BASE <" + file + ">\n" + read(file), "application/sparql-results+json, text/turtle;q=0.9");
    }

    /** An invalid query that is invalid only for a prefix it does not declare, which the endpoint predeclares. */
    static boolean parsesOnlyWithOurPrefixes(ManifestEntry e) {
        try {
            org.apache.jena.query.QueryFactory.create(read(e.getAction().getURI()), e.getAction().getURI());
            return false;
        } catch (org.apache.jena.query.QueryParseException unprefixed) {
            return unprefixed.getMessage() != null && unprefixed.getMessage().contains("nresolved prefixed name");
        }
    }

    static String read(String fileUri) {
        try {
            return Files.readString(Path.of(URI.create(fileUri)));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
