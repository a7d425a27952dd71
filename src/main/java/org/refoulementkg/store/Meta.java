package org.refoulementkg.store;

import java.time.Instant;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.refoulementkg.vocab.RKG;

/** The store's own record of what it serves: when it was loaded and from which sources (graph {@code graph/meta}). */
final class Meta {
    static final String GRAPH = RKG.GRAPH + "meta";
    static final Node DATASET = NodeFactory.createURI(RKG.ID + "dataset");
    private static final Node VERSION = NodeFactory.createURI(RKG.DCTERMS + "hasVersion");
    private static final Node LOADED = NodeFactory.createURI(RKG.PROV + "generatedAtTime");

    static final Query FINGERPRINT_QUERY = QueryFactory.create(
            "SELECT ?v WHERE { GRAPH <" + GRAPH + "> { <" + DATASET.getURI() + "> <" + VERSION.getURI() + "> ?v } }");

    private Meta() {}

    static void record(DatasetGraph dsg, String fingerprint) {
        Node g = NodeFactory.createURI(GRAPH);
        dsg.add(g, DATASET, VERSION, NodeFactory.createLiteralString("sha256:" + fingerprint));
        dsg.add(g, DATASET, LOADED, NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
    }

    static Optional<String> fromVersion(String version) {
        return Optional.ofNullable(version).map(v -> v.startsWith("sha256:") ? v.substring(7) : v);
    }
}
