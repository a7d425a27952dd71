package org.refoulementkg.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.refoulementkg.vocab.RKG;

/**
 * A remote SPARQL 1.1 store (Fuseki or any other): queries go to its query endpoint, publishing replaces
 * our named graphs through its Graph Store Protocol endpoint. The remote store must serve the union of its
 * named graphs as the default graph (Fuseki/TDB2: {@code tdb2:unionDefaultGraph true}).
 */
final class RemoteStore implements KnowledgeGraph {
    private static final Query GRAPHS = QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }");
    /** Another process may publish to the remote store at any time: its version is asked again after this long. */
    private static final long RECHECK_NANOS = Duration.ofSeconds(1).toNanos();

    private record Checked(Optional<DataVersion> version, long at) {}

    private final String queryEndpoint;
    private final String gspEndpoint;
    private volatile Checked checked;

    RemoteStore(String queryEndpoint, String gspEndpoint) {
        this.queryEndpoint = queryEndpoint;
        this.gspEndpoint = gspEndpoint;
    }

    @Override
    public <T> T query(Query query, Duration timeout, Function<QueryExecution, T> work) {
        try (QueryExecution qe = QueryExecutionHTTP.service(queryEndpoint).query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            return work.apply(qe);
        }
    }

    /** Replaces each of our graphs with a PUT, then deletes our graphs that the new data no longer has. */
    @Override
    public void publish(Publication publication) {
        publication.validated();
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        publication.dataset().find().forEachRemaining(dsg::add);
        Meta.record(dsg, publication.fingerprint());
        var kept = new HashSet<String>();
        try (RDFConnection conn = connection()) {
            dsg.listGraphNodes().forEachRemaining(g -> {
                kept.add(g.getURI());
                conn.put(g.getURI(), ModelFactory.createModelForGraph(dsg.getGraph(g)));
            });
            for (String g : remoteGraphs(conn))
                if (g.startsWith(RKG.GRAPH) && !kept.contains(g)) conn.delete(g);
        } finally {
            checked = null;
        }
    }

    @Override
    public Optional<DataVersion> version() {
        Checked c = checked;
        long now = System.nanoTime();
        if (c != null && now - c.at() < RECHECK_NANOS) return c.version();
        // Concurrent requests after expiry may each ask: the answers are the same.
        Optional<DataVersion> v = query(Meta.VERSION, Duration.ofSeconds(10), Meta::version);
        checked = new Checked(v, now);
        return v;
    }

    @Override
    public void export(Consumer<DatasetGraph> reader) {
        var dsg = DatasetGraphFactory.createGeneral();
        try (RDFConnection conn = connection()) {
            for (String g : remoteGraphs(conn)) {
                var graph = GraphFactory.createDefaultGraph();
                GraphUtil.addInto(graph, conn.fetch(g).getGraph());
                dsg.addGraph(NodeFactory.createURI(g), graph);
            }
        }
        reader.accept(dsg);
    }

    @Override
    public String describe() {
        return "remote SPARQL store (query " + queryEndpoint + ", graph store " + gspEndpoint + ")";
    }

    @Override
    public void close() {}

    private RDFConnection connection() {
        return RDFConnectionRemote.newBuilder().queryEndpoint(queryEndpoint).gspEndpoint(gspEndpoint).build();
    }

    private static List<String> remoteGraphs(RDFConnection conn) {
        var names = new ArrayList<String>();
        conn.querySelect(GRAPHS, row -> {
            Node g = row.get("g").asNode();
            if (g.isURI()) names.add(g.getURI());
        });
        return names;
    }
}
