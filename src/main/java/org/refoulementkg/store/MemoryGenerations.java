package org.refoulementkg.store;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;

/** Generations in memory (tests, {@code --mem}): each publish fills a fresh in-memory TDB2. Nothing is kept after exit. */
final class MemoryGenerations implements Generations {
    private static final String ID = "mem";

    @Override public Generation current() { return Generation.of(ID, TDB2Factory.createDataset()); }

    @Override public Generation build(Publication publication) {
        Dataset fresh = TDB2Factory.createDataset();
        BulkLoad.into(fresh, publication, Path.of(System.getProperty("java.io.tmpdir")));
        return Generation.of(ID, fresh);
    }

    @Override public Optional<Generation> newerThan(Generation served) { return Optional.empty(); }

    @Override public boolean shared() { return false; }

    @Override public String describe(Generation served) { return "in-memory TDB2"; }
}
