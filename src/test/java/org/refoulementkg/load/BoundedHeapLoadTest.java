package org.refoulementkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refoulementkg.cli.Main;
import org.refoulementkg.corpus.CorpusGenerator;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.ChildJvm;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.vocab.Graphs;
import org.refoulementkg.vocab.RKG;

/**
 * The loader's heap does not grow with the data. A generated corpus of 3·10⁵ triples loads with {@code -Xmx64m} in a
 * child JVM, with every graph as large as the in-memory path makes it. The loader before the streamed load (main at
 * f698e1d) could not: on this corpus it died with a bare {@code java.lang.OutOfMemoryError} at {@code -Xmx64m} after 13 s
 * (it needed {@code -Xmx100m}: 46 s; and {@code -Xmx300m} for 10⁶ triples); this one took 17 s at {@code -Xmx64m}.
 * Then a heap too small for anything ends in the message that says so, and the store serves what it served.
 */
@Tag("slow")
class BoundedHeapLoadTest {
    private static final long TRIPLES = 300_000;
    private static final Duration LOAD_TIME = Duration.ofMinutes(10);

    @Test
    void aCorpusLargerThanTheHeapLoadsAndATooSmallHeapSaysSo(@TempDir Path tmp) throws Exception {
        var corpus = CorpusGenerator.generate(Fixtures.PROJECT, tmp.resolve("corpus"), TRIPLES, 1);
        Path store = tmp.resolve("var");

        String out = load(tmp.resolve("load.log"), "-Xmx64m", corpus.home(), store, 0);
        assertTrue(out.contains("loaded %,d triples".formatted(corpus.triples())), out);

        Map<String, Long> expected = graphSizes(new Loader(Sources.in(corpus.home()), true).prepare(null).dataset());
        String current = Files.readString(store.resolve("CURRENT"));
        try (var kg = KnowledgeGraph.embedded(store)) {
            Map<String, Long> written = graphSizes(kg);
            written.remove(Graphs.META);
            assertEquals(expected, written, "every graph as the in-memory load makes it, the derived ones included");
            assertEquals(corpus.triples(), expected.entrySet().stream().filter(e -> !Graphs.isDerived(e.getKey())).mapToLong(Map.Entry::getValue).sum(),
                    "the generator counts what was loaded");
            assertEquals(corpus.caseStudies(), count(kg, "SELECT (COUNT(*) AS ?n) WHERE { ?c a <" + RKG.CaseStudy.getURI() + "> }"));
            assertTrue(expected.getOrDefault(Graphs.INFERRED, 0L) > 0, "the derived types are there: " + expected); // (the corpus has no reifiers)
        }

        String oom = load(tmp.resolve("oom.log"), "-Xmx12m", corpus.home(), store, Main.FAILURE);
        assertTrue(oom.contains("out of memory") && oom.contains("KG_JAVA_OPTS=-Xmx"), oom);
        assertFalse(oom.contains("\tat ") || oom.contains("Exception in thread"), "a message, not a stack trace: " + oom);
        assertEquals(current, Files.readString(store.resolve("CURRENT")), "the served store is the one loaded before");
    }

    /** Runs {@code ./kg load} in a child JVM with the heap given and returns its output, asserting its exit code. */
    private static String load(Path log, String heap, Path home, Path store, int exitCode) throws Exception {
        Process p = ChildJvm.start(log, List.of(heap), "load", "--home", home.toString(), "--store", store.toString());
        boolean ended = p.waitFor(LOAD_TIME.toSeconds(), TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly();
        String out = Files.readString(log);
        assertTrue(ended, "the load did not end in " + LOAD_TIME + ": " + out);
        assertEquals(exitCode, p.exitValue(), out);
        return out;
    }

    private static Map<String, Long> graphSizes(DatasetGraph dsg) {
        var sizes = new TreeMap<String, Long>();
        dsg.find().forEachRemaining(q -> sizes.merge(q.getGraph().getURI(), 1L, Long::sum));
        return sizes;
    }

    private static Map<String, Long> graphSizes(KnowledgeGraph kg) {
        var q = QueryFactory.create("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
        return kg.query(q, Duration.ofMinutes(2), qe -> {
            var sizes = new TreeMap<String, Long>();
            qe.execSelect().forEachRemaining(r -> sizes.put(r.getResource("g").getURI(), r.getLiteral("n").getLong()));
            return sizes;
        });
    }

    private static long count(KnowledgeGraph kg, String query) {
        return kg.query(QueryFactory.create(query), Duration.ofMinutes(1), qe -> qe.execSelect().next().getLiteral("n").getLong());
    }
}
