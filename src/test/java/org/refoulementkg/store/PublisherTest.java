package org.refoulementkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The publisher stages only when the store is out of date, and keeps serving what it has when new sources are invalid. */
class PublisherTest {
    /** Sources whose fingerprint and data the test sets; counts how often they were staged. */
    static final class FakeSources implements Publisher.Staging {
        final AtomicReference<String> fingerprint = new AtomicReference<>("v1");
        final AtomicReference<Publication> next = new AtomicReference<>();
        final AtomicInteger staged = new AtomicInteger();

        @Override public String fingerprint() { return fingerprint.get(); }
        @Override public String describe() { return "test sources"; }
        @Override public Publication stage(PrintStream progress) {
            staged.incrementAndGet();
            Publication p = next.get();
            if (p == null) throw new LoadFailedException("Syntax errors, nothing loaded", List.of("data/x.ttl:1:1: broken"));
            return p;
        }
    }

    @Test
    void anEmptyStoreIsLoadedAndACurrentOneIsLeftAlone() {
        var sources = new FakeSources();
        try (var kg = KnowledgeGraph.inMemory()) {
            var publisher = new Publisher(kg, sources);
            sources.next.set(Publication.checked(LocalStoreTest.people("alice"), "v1"));
            var out = new ByteArrayOutputStream();
            publisher.ensureCurrent(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("The store is empty: loading test sources"), out.toString());
            assertEquals(1, sources.staged.get());
            publisher.ensureCurrent(new PrintStream(new ByteArrayOutputStream()));
            assertEquals(1, sources.staged.get(), "the served version is the sources' version: nothing to do");

            sources.fingerprint.set("v2");
            sources.next.set(Publication.checked(LocalStoreTest.people("alice", "bob"), "v2"));
            publisher.ensureCurrent(new PrintStream(new ByteArrayOutputStream()));
            assertEquals(2, sources.staged.get());
            assertEquals("v2", kg.version().orElseThrow().fingerprint());
        }
    }

    @Test
    void invalidSourcesKeepTheServedDataButFailAnEmptyStore() {
        var sources = new FakeSources();
        try (var kg = KnowledgeGraph.inMemory()) {
            var publisher = new Publisher(kg, sources);
            assertThrows(LoadFailedException.class, () -> publisher.ensureCurrent(new PrintStream(new ByteArrayOutputStream())),
                    "nothing to serve: the problems are the answer");
            sources.next.set(Publication.checked(LocalStoreTest.people("alice"), "v1"));
            publisher.publish(null);
            sources.fingerprint.set("v2");
            sources.next.set(null);
            var out = new ByteArrayOutputStream();
            publisher.ensureCurrent(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("still serving the previous data"), out.toString());
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("data/x.ttl:1:1: broken"), out.toString());
            assertEquals("v1", kg.version().orElseThrow().fingerprint());
        }
    }
}
