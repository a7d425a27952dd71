package org.refoulementkg.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refoulementkg.cli.Main;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.ChildJvm;
import org.refoulementkg.support.Fixtures;

/**
 * Crash safety: a load killed with SIGKILL half-way leaves the previous complete store served (never a
 * mix), and the next load and the next start are not blocked by what the dead process left behind.
 */
@Tag("slow")
class FaultsTest {
    @Test
    void killDuringLoadKeepsThePreviousStore(@TempDir Path tmp) throws Exception {
        Path home = Fixtures.copy(Fixtures.FIXTURE, tmp.resolve("home"));
        Path store = tmp.resolve("var");
        assertEquals(0, Main.run("load", "--home", home.toString(), "--store", store.toString()));
        String before = Files.readString(store.resolve("CURRENT"));

        Fixtures.writeThings(home.resolve("data/big.ttl"), 400_000);
        Process child = ChildJvm.start(tmp.resolve("child.log"), "load", "--home", home.toString(), "--store", store.toString());
        // Kill it once it has started writing the new store (a second directory appears), or at worst after parsing.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && child.isAlive() && countStores(store) < 2) Thread.sleep(20);
        boolean killedMidWay = child.isAlive();
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(killedMidWay, "the child finished before it could be killed: " + Files.readString(tmp.resolve("child.log")));

        assertEquals(before, Files.readString(store.resolve("CURRENT")), "CURRENT must still name the old complete store");
        try (var kg = KnowledgeGraph.embedded(store)) {
            assertEquals(4, Fixtures.persons(kg), "the old data, complete");
        }
        // The next load is not blocked by the dead process's leftovers, and completes.
        Files.delete(home.resolve("data/big.ttl"));
        Files.writeString(home.resolve("data/one-more.ttl"), Fixtures.ZOE);
        assertEquals(0, Main.run("load", "--home", home.toString(), "--store", store.toString()));
        try (var kg = KnowledgeGraph.embedded(store)) {
            assertEquals(5, Fixtures.persons(kg));
        }
    }

    @Test
    void staleLockOfAKilledServerDoesNotBlockTheNextStart(@TempDir Path tmp) throws Exception {
        Path home = Fixtures.copy(Fixtures.FIXTURE, tmp.resolve("home"));
        Path store = tmp.resolve("var");
        assertEquals(0, Main.run("load", "--home", home.toString(), "--store", store.toString()));
        Path log = tmp.resolve("serve.log");
        Process server = ChildJvm.start(log, "serve", "--home", home.toString(), "--store", store.toString(), "--port", "0");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && !(Files.exists(log) && Files.readString(log).contains("Serving"))) Thread.sleep(100);
        assertTrue(Files.readString(log).contains("Serving"), Files.readString(log));
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        try (var kg = KnowledgeGraph.embedded(store)) {
            assertEquals(4, Fixtures.persons(kg), "the store opens after its server was killed");
        }
    }

    private static long countStores(Path store) throws IOException {
        try (var s = Files.list(store.resolve("stores"))) { return s.count(); }
    }

}
