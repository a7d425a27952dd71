package org.refoulementkg.web.sparql;

import org.junit.jupiter.api.Tag;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.FusekiPeer;

/** The protocol matrix on the embedded (in-memory TDB2) store. */
@Tag("fuseki")
class LocalProtocolTest extends ProtocolMatrix {
    @Override KnowledgeGraph openStore() {
        return Fixtures.store();
    }

    @Override FusekiPeer openFuseki() {
        return FusekiPeer.start(Fixtures.publication().dataset(), false);
    }
}
