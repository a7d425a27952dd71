package org.refoulementkg.support;

import org.refoulementkg.load.Loader;
import org.refoulementkg.load.Loader.LoadedData;
import org.refoulementkg.load.Loader.Sources;
import org.refoulementkg.store.KnowledgeGraph;

/** The project's real data (ontology/ + data/), validated once per test run and shared read-only. */
public final class ProjectData {
    private static LoadedData data;
    private static KnowledgeGraph store;

    private ProjectData() {}

    public static synchronized LoadedData loaded() {
        if (data == null) data = Loader.prepare(Sources.in(Fixtures.PROJECT), null);
        return data;
    }

    /** An in-memory store holding the real data. Do not close it. */
    public static synchronized KnowledgeGraph store() {
        if (store == null) {
            store = KnowledgeGraph.inMemory();
            store.publish(loaded());
        }
        return store;
    }
}
