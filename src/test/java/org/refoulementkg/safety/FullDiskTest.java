package org.refoulementkg.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.ChildJvm;
import org.refoulementkg.support.Fixtures;

/**
 * A disk that fills up during a load (a 3 MB tmpfs, where the machine lets us mount one): a clear error,
 * a non-zero exit, and the old data intact. Runs the load in a child JVM, since a full mapped file can
 * take a JVM down with it.
 */
@Tag("slow")
class FullDiskTest {
    @Test
    void aFullDiskFailsTheLoadAndKeepsTheOldData(@TempDir Path tmp) throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("small"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString()) == 0,
                "cannot mount a tmpfs here (needs root); the full-disk case is not tested on this machine");
        try {
            Path home = Fixtures.copy(Fixtures.FIXTURE, tmp.resolve("home"));
            Path store = mount.resolve("var");
            Process first = ChildJvm.start(tmp.resolve("first.log"), "load", "--home", home.toString(), "--store", store.toString());
            assertEquals(0, first.waitFor(), Files.readString(tmp.resolve("first.log")));
            String before = Files.readString(store.resolve("CURRENT"));

            Fixtures.writeThings(home.resolve("data/big.ttl"), 100_000);
            Path log = tmp.resolve("second.log");
            Process second = ChildJvm.start(log, "load", "--home", home.toString(), "--store", store.toString());
            boolean ended = second.waitFor(2, TimeUnit.MINUTES);
            if (!ended) second.destroyForcibly();
            assertTrue(ended, "the load hung on the full disk: " + Files.readString(log));
            String output = Files.readString(log);
            assertTrue(second.exitValue() != 0, output);
            assertTrue(output.contains("Is the disk full?") && output.contains("previous data is still served"), output);
            assertTrue(!output.contains("\tat "), "no stack trace: " + output);

            assertEquals(before, Files.readString(store.resolve("CURRENT")));
            try (var kg = KnowledgeGraph.embedded(store)) {
                assertEquals(4, Fixtures.persons(kg));
            }
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    private static int run(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
