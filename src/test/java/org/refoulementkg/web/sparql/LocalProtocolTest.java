package org.refoulementkg.web.sparql;

import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.FusekiPeer;

/** The protocol matrix on the embedded (in-memory TDB2) store. */
class LocalProtocolTest extends ProtocolMatrix {
    @Override KnowledgeGraph openStore() {
        var kg = KnowledgeGraph.inMemory();
        kg.publish(Fixtures.fixtureData());
        return kg;
    }

    @Override FusekiPeer openFuseki() {
        return FusekiPeer.start(Fixtures.fixtureData().dataset(), false);
    }
}
