package org.refoulementkg.web.explore;

import org.junit.jupiter.api.Tag;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.VirtuosoPeer;

/** The portal's pages from a real Virtuoso 7, as from the embedded store: the facet queries, lists and pictures run there too. */
@Tag("virtuoso")
@Tag("slow")
class VirtuosoPortalTest extends PortalPagesContract {
    VirtuosoPeer virtuoso;
    KnowledgeGraph kg;

    @Override KnowledgeGraph startRemote() {
        virtuoso = VirtuosoPeer.start();
        kg = KnowledgeGraph.remote(virtuoso.remote());
        kg.publish(ProjectData.loaded());
        return kg;
    }

    @Override void stopRemote() {
        if (kg != null) kg.close();
        if (virtuoso != null) virtuoso.close();
    }
}
