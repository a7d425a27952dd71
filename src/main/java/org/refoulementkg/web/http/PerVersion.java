package org.refoulementkg.web.http;

import java.util.Optional;
import java.util.function.Function;

import org.refoulementkg.store.KnowledgeGraph;

/**
 * A value computed from the data and kept until the data changes: the data changes only on reload, and each
 * load has its own fingerprint. Without a fingerprint (an empty store) nothing is kept.
 */
public final class PerVersion<T> {
    private record Entry<T>(String version, T value) {}

    private final KnowledgeGraph kg;
    private final Function<KnowledgeGraph, T> compute;
    private volatile Entry<T> cached;

    public PerVersion(KnowledgeGraph kg, Function<KnowledgeGraph, T> compute) {
        this.kg = kg;
        this.compute = compute;
    }

    public T get() {
        Optional<String> version = kg.fingerprint();
        Entry<T> e = cached;
        if (version.isPresent() && e != null && e.version().equals(version.get())) return e.value();
        T value = compute.apply(kg);
        // Concurrent first requests may both compute; the results are equal, so either may stay.
        version.ifPresent(v -> cached = new Entry<>(v, value));
        return value;
    }
}
