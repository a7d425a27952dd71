package org.refoulementkg.store;

import java.time.Instant;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.refoulementkg.vocab.Graphs;
import org.refoulementkg.vocab.PROV;
import org.refoulementkg.vocab.RKG;

/**
 * The store's own record of what it serves (graph {@code graph/meta}): the sources' fingerprint and when they were
 * published. Written at publish, read back as the {@link DataVersion}.
 */
final class Meta {
    private static final Node GRAPH = NodeFactory.createURI(Graphs.META);
    private static final String PREFIX = "sha256:";

    /** Built from constants only. */
    static final Query VERSION = QueryFactory.create("SELECT ?v ?t WHERE { GRAPH <%s> { <%s> <%s> ?v OPTIONAL { <%s> <%s> ?t } } }"
            .formatted(Graphs.META, RKG.dataset.getURI(), DCTerms.hasVersion.getURI(), RKG.dataset.getURI(), PROV.generatedAtTime.getURI()));

    private Meta() {}

    static void record(DatasetGraph dsg, String fingerprint) {
        Node ds = RKG.dataset.asNode();
        dsg.add(GRAPH, ds, DCTerms.hasVersion.asNode(), NodeFactory.createLiteralString(PREFIX + fingerprint));
        dsg.add(GRAPH, ds, PROV.generatedAtTime.asNode(), NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
    }

    /** The version, from an execution of {@link #VERSION}; empty for a store that serves no data. */
    static Optional<DataVersion> version(QueryExecution qe) {
        var rs = qe.execSelect();
        if (!rs.hasNext()) return Optional.empty();
        QuerySolution row = rs.next();
        String v = row.getLiteral("v").getString();
        return Optional.of(new DataVersion(v.startsWith(PREFIX) ? v.substring(PREFIX.length()) : v, loaded(row)));
    }

    private static Optional<Instant> loaded(QuerySolution row) {
        if (!row.contains("t")) return Optional.empty();
        try {
            return Optional.of(Instant.parse(row.getLiteral("t").getLexicalForm()));
        } catch (RuntimeException notATime) {
            return Optional.empty();
        }
    }
}
