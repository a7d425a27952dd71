package org.refoulementkg.web.explore;

import org.junit.jupiter.api.Tag;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.FusekiPeer;
import org.refoulementkg.support.ProjectData;

/** The portal's pages from a real Fuseki server, as from the embedded store. */
@Tag("fuseki")
class RemotePortalTest extends PortalPagesContract {
    FusekiPeer fuseki;
    KnowledgeGraph kg;

    @Override KnowledgeGraph startRemote() {
        fuseki = FusekiPeer.start(null, true);
        kg = KnowledgeGraph.remote(fuseki.queryEndpoint(), fuseki.gspEndpoint());
        kg.publish(ProjectData.loaded());
        return kg;
    }

    @Override void stopRemote() {
        if (kg != null) kg.close();
        if (fuseki != null) fuseki.close();
    }
}
