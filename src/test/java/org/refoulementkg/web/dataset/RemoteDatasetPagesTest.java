package org.refoulementkg.web.dataset;

import org.junit.jupiter.api.Tag;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.FusekiPeer;

/** Ontology, VoID and dumps when the data lives in a real Fuseki server (remote-store mode). */
@Tag("fuseki")
class RemoteDatasetPagesTest extends DatasetPagesContract {
    @Override KnowledgeGraph openStore() {
        fuseki = FusekiPeer.start(null, true);
        var kg = KnowledgeGraph.remote(fuseki.queryEndpoint(), fuseki.gspEndpoint());
        kg.publish(Fixtures.publication());
        return kg;
    }
}
