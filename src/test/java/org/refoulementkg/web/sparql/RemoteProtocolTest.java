package org.refoulementkg.web.sparql;

import org.junit.jupiter.api.Tag;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.FusekiPeer;

/**
 * The protocol matrix in remote-store mode: the data is published into a real Fuseki server through the
 * Graph Store Protocol, and our server answers by querying it.
 */
@Tag("fuseki")
class RemoteProtocolTest extends ProtocolMatrix {
    @Override FusekiPeer openFuseki() {
        return FusekiPeer.start(null, true);
    }

    @Override KnowledgeGraph openStore() {
        var kg = KnowledgeGraph.remote(fuseki.queryEndpoint(), fuseki.gspEndpoint());
        kg.publish(Fixtures.publication());
        return kg;
    }
}
