package org.refoulementkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refoulementkg.cli.Main;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.CliRun;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.RKG;

/**
 * Bad data never reaches the served store: a syntax error or a SHACL violation stops `load` with a
 * non-zero exit and a message naming file and line (or focus node), and a server running on the same
 * TDB2 store keeps answering with the old data. A good load switches the running server without a restart.
 */
@Tag("slow")
class LoadFailureTest {
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <" + RKG.Person.getURI() + "> }";

    @Test
    void brokenDataLeavesTheServedStoreAsItWas(@TempDir Path tmp) throws Exception {
        Path home = Fixtures.copy(Fixtures.FIXTURE, tmp.resolve("home"));
        Path store = tmp.resolve("var");
        assertEquals(0, Main.run("load", "--home", home.toString(), "--store", store.toString()));

        try (var kg = KnowledgeGraph.embedded(store); var server = RunningServer.start(kg, Duration.ofSeconds(10))) {
            assertEquals(4, persons(server));

            Files.copy(Fixtures.BROKEN.resolve("syntax.ttl"), home.resolve("data/syntax.ttl"));
            CliRun syntax = runCli("load", "--home", home.toString(), "--store", store.toString());
            assertEquals(Main.INVALID_DATA, syntax.code());
            assertTrue(syntax.err().contains("syntax.ttl:6:"), syntax.err());
            assertEquals(4, persons(server));
            Files.delete(home.resolve("data/syntax.ttl"));

            Files.copy(Fixtures.BROKEN.resolve("shacl.ttl"), home.resolve("data/shacl.ttl"));
            CliRun shacl = runCli("load", "--home", home.toString(), "--store", store.toString());
            assertEquals(Main.INVALID_DATA, shacl.code());
            assertTrue(shacl.err().contains("person:nameless") && shacl.err().contains("A person needs an rdfs:label."), shacl.err());
            assertEquals(4, persons(server));
            // The checks run while the new store is written: a failed one leaves no half-made store behind.
            try (var stores = Files.list(store.resolve("stores"))) {
                assertEquals(1, stores.count(), "only the served store is left");
            }
            Files.delete(home.resolve("data/shacl.ttl"));

            Files.copy(Fixtures.BROKEN.resolve("quote.ttl"), home.resolve("data/quote.ttl"));
            CliRun quote = runCli("validate", "--home", home.toString());
            assertEquals(Main.INVALID_DATA, quote.code());
            assertTrue(quote.err().contains("quote not found verbatim") && quote.err().contains("event:invented"), quote.err());
            Files.delete(home.resolve("data/quote.ttl"));

            // A valid change is picked up by the running server without a restart.
            Files.writeString(home.resolve("data/more.ttl"), Fixtures.ZOE);
            assertEquals(0, Main.run("load", "--home", home.toString(), "--store", store.toString()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); // noticed within a second; the margin is for a busy machine
            while (persons(server) != 5 && System.nanoTime() < deadline) Thread.sleep(200);
            assertEquals(5, persons(server));
        }
    }

    @Test
    void everyViolationIsReportedNotJustTheFirst(@TempDir Path tmp) throws IOException {
        Path home = Fixtures.copy(Fixtures.FIXTURE, tmp.resolve("home"));
        Files.writeString(home.resolve("data/two.ttl"), "<" + RKG.ID + "person/x1> a <" + RKG.Person.getURI() + "> .\n"
                + "<" + RKG.ID + "person/x2> a <" + RKG.Person.getURI() + "> .\n");
        CliRun r = runCli("validate", "--home", home.toString());
        assertEquals(Main.INVALID_DATA, r.code());
        assertTrue(r.err().contains("person:x1") && r.err().contains("person:x2") && r.err().contains("(2 problems)"), r.err());
    }

    private static long persons(RunningServer server) {
        var r = Http.get(server.url("/sparql?query=" + Http.q(COUNT)), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    static CliRun runCli(String... args) { return CliRun.of(args); }
}
