package org.refoulementkg.web.dataset;

import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Fixtures;

/** Ontology, VoID and dumps on the embedded (in-memory TDB2) store. */
class LocalDatasetPagesTest extends DatasetPagesContract {
    @Override KnowledgeGraph openStore() {
        return Fixtures.store();
    }
}
