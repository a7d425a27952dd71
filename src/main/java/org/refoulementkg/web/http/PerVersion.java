package org.refoulementkg.web.http;

import java.util.Optional;
import java.util.function.Function;

import org.refoulementkg.store.DataVersion;
import org.refoulementkg.store.KnowledgeGraph;

/**
 * A value computed from the data and kept until the data changes: the data changes only on publish, and each
 * publication has its own {@link DataVersion}. Without a version (an empty store) nothing is kept.
 *
 * <pre>{@code
 * var stats = new PerVersion<>(kg, g -> DatasetStats.count(g, timeout));
 * DatasetStats s = stats.get();   // counted once per version of the data
 * }</pre>
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
        Optional<String> version = kg.version().map(DataVersion::fingerprint);
        Entry<T> e = cached;
        if (version.isPresent() && e != null && e.version().equals(version.get())) return e.value();
        synchronized (this) { // the first requests after a change wait for one computation instead of each making their own
            e = cached;
            if (version.isPresent() && e != null && e.version().equals(version.get())) return e.value();
            T value = compute.apply(kg);
            version.ifPresent(v -> cached = new Entry<>(v, value));
            return value;
        }
    }
}
