package org.refoulementkg.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refoulementkg.load.Loader;
import org.refoulementkg.load.Sources;
import org.refoulementkg.support.Fixtures;

/** The synthetic corpus: the same seed gives the same bytes, and what it writes passes the loader's checks. */
class CorpusGeneratorTest {
    @Test
    void theSameSeedGivesTheSameBytes(@TempDir Path tmp) throws IOException {
        var a = CorpusGenerator.generate(Fixtures.PROJECT, tmp.resolve("a"), 20_000, 7);
        var b = CorpusGenerator.generate(Fixtures.PROJECT, tmp.resolve("b"), 20_000, 7);
        var c = CorpusGenerator.generate(Fixtures.PROJECT, tmp.resolve("c"), 20_000, 8);
        assertEquals(a.triples(), b.triples());
        var files = relativeFiles(a.home());
        assertEquals(files, relativeFiles(b.home()));
        for (String f : files) assertArrayEquals(Files.readAllBytes(a.home().resolve(f)), Files.readAllBytes(b.home().resolve(f)), f);
        assertFalse(Files.readString(a.home().resolve("data/cases/cases-0001.ttl"))
                .equals(Files.readString(c.home().resolve("data/cases/cases-0001.ttl"))), "another seed, other cases");
    }

    @Test
    void tenThousandTriplesPassStrictParsingShaclAndTheQuoteCheck(@TempDir Path tmp) {
        var s = CorpusGenerator.generate(Fixtures.PROJECT, tmp.resolve("home"), 10_000, 1);
        var data = new Loader(Sources.in(s.home()), true).prepare(null);
        assertEquals(s.triples(), data.quads(), "the generator counts what the loader loads");
        assertTrue(data.quads() >= 10_000 && data.quads() < 12_000, "about the size asked for: " + data.quads());
        assertTrue(Files.exists(s.home().resolve("queries/person-timeline.rq")), "the query catalogue comes along");
    }

    @Test
    void itNeverWritesOverADirectoryItDidNotGenerate(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.generate(Fixtures.PROJECT, tmp, 10_000, 1));
        assertEquals("mine", Files.readString(tmp.resolve("notes.txt")));
    }

    private static List<String> relativeFiles(Path home) throws IOException {
        try (Stream<Path> walk = Files.walk(home)) {
            return walk.filter(Files::isRegularFile).map(p -> home.relativize(p).toString()).sorted().toList();
        }
    }
}
