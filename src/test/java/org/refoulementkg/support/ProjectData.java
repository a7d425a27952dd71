package org.refoulementkg.support;

import org.refoulementkg.load.Loader;
import org.refoulementkg.load.Sources;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.store.DatasetPublication;

/** The project's real data (ontology/ + data/), validated once per test run and shared read-only. */
public final class ProjectData {
    private static DatasetPublication data;
    private static KnowledgeGraph store;

    private ProjectData() {}

    public static synchronized DatasetPublication loaded() {
        if (data == null) data = new Loader(Sources.in(Fixtures.PROJECT), true).prepare(null);
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
