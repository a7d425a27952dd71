package org.refoulementkg.store;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;


import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.refoulementkg.vocab.Graphs;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.vocab.RKG;

/**
 * A remote SPARQL 1.1 store (Fuseki, Virtuoso or any other): queries go to its query endpoint, publishing replaces
 * our named graphs through its Graph Store Protocol endpoint. The remote store must serve the union of its
 * named graphs as the default graph (Fuseki/TDB2: {@code tdb2:unionDefaultGraph true}; Virtuoso does by default).
 * The Graph Store Protocol replaces one graph per request: graph/meta, which holds the data version, goes last, so the
 * version changes only once every other graph is written (see README, "Store modes", for what a reader may see meanwhile).
 */
final class RemoteStore implements KnowledgeGraph {
    private static final Query GRAPHS = QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }");
    /** Virtuoso answers {@code GRAPH ?g { }} with one unbound row: it lists graphs that hold a triple. */
    private static final Query GRAPHS_WITH_TRIPLES = QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
    /** Another process may publish to the remote store at any time: its version is asked again after this long. */
    private static final long RECHECK_NANOS = Duration.ofSeconds(1).toNanos();

    private record Checked(Optional<DataVersion> version, long at) {}

    private static final Node META = NodeFactory.createURI(Graphs.META);

    private final String queryEndpoint;
    private final String gspEndpoint;
    private final Remote.Kind kind;
    private volatile Checked checked;

    RemoteStore(Remote remote) {
        this.queryEndpoint = remote.queryEndpoint();
        this.gspEndpoint = remote.gspEndpoint();
        this.kind = remote.kind();
        // Jena answers the endpoint's 401 challenge (basic or digest) from this registry, for this endpoint only.
        remote.account().ifPresent(a -> AuthEnv.get().registerUsernamePassword(URI.create(gspEndpoint), a.user(), a.password()));
    }

    @Override
    public <T> T query(Query query, Duration timeout, Function<QueryExecution, T> work) {
        Query sent = kind == Remote.Kind.VIRTUOSO ? Rdf11Queries.rewrite(query) : query;
        try (QueryExecution qe = QueryExecutionHTTP.service(queryEndpoint).query(sent).sendMode(sendMode())
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            return work.apply(qe);
        }
    }

    /**
     * Once the checks pass (run here, in memory): replaces each of our graphs with a PUT, deletes our graphs that the new data no longer has,
     * and then replaces graph/meta, whose new version tells every server that the data changed.
     */
    @Override
    public void publish(Publication publication) {
        DatasetGraph data = DatasetPublication.materialize(publication).dataset(); // a remote store takes graphs whole
        var kept = new HashSet<String>();
        try (RDFConnection conn = connection()) {
            data.listGraphNodes().forEachRemaining(g -> {
                if (g.equals(META)) return;
                kept.add(g.getURI());
                put(conn, g.getURI(), forTheStore(data.getGraph(g)));
            });
            for (String g : remoteGraphs(conn))
                if (g.startsWith(RKG.GRAPH) && !kept.contains(g) && !g.equals(Graphs.META)) conn.delete(g);
            DatasetGraph meta = DatasetGraphFactory.createGeneral();
            Meta.record(meta, publication.fingerprint());
            put(conn, Graphs.META, forTheStore(meta.getGraph(META)));
        } finally {
            checked = null;
        }
    }

    /** How often a PUT that got no answer at all is sent: each try drops one stale connection from the client's pool. */
    private static final int PUT_TRIES = 4;

    /**
     * A PUT whose failure says what the store answered, the first lines of it (a store's error page is long). A PUT is
     * idempotent: one that failed on the connection (Virtuoso closes kept-alive connections on its own, and the client's
     * pool may hold several it closed) is sent again, up to {@link #PUT_TRIES} times.
     */
    private void put(RDFConnection conn, String graph, Graph g) {
        var model = ModelFactory.createModelForGraph(g);
        try {
            for (int tried = 1; ; tried++) {
                try {
                    conn.put(graph, model);
                    return;
                } catch (HttpException e) {
                    if (e.getStatusCode() > 0 || tried == PUT_TRIES) throw e;
                }
            }
        } catch (HttpException e) {
            String body = e.getResponse() == null ? "" : e.getResponse().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
            String why = e.getStatusCode() > 0 ? e.getStatusCode() + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body)
                    : "no answer (" + (e.getCause() != null ? e.getCause() : e.getMessage()) + ")";
            throw new IllegalStateException("the remote store refused graph " + graph + " (" + gspEndpoint + "): " + why, e);
        }
    }

    /**
     * The graph as this kind of store takes it. Virtuoso gets it without its triple terms, and with prefixes: it guesses
     * the syntax of a Graph Store body from its first bytes whatever the Content-Type says, and takes a body that starts
     * with a 120 kB line (the briefing's text) for plain text.
     */
    private Graph forTheStore(Graph g) {
        if (kind != Remote.Kind.VIRTUOSO) return g;
        Graph plain = GraphFactory.createDefaultGraph();
        plain.getPrefixMapping().setNsPrefixes(Prefixes.ALL);
        g.find().forEachRemaining(t -> { if (!t.getSubject().isTripleTerm() && !t.getObject().isTripleTerm()) plain.add(t); });
        return plain;
    }

    /** Virtuoso holds statements in their RDF 1.1 form: the graph gets their RDF 1.2 form back, as pages expect it. */
    @Override
    public void construct(Template template, Node value, Duration timeout, Graph into) {
        if (kind != Remote.Kind.VIRTUOSO) {
            KnowledgeGraph.super.construct(template, value, timeout, into);
            return;
        }
        // Rewritten first, then bound: the variable inside a triple term becomes an ordinary one that binding replaces.
        Query q = QueryTransformOps.replaceVars(Rdf11Queries.rewrite(template.query()), Map.of(template.var(), value));
        query(q, timeout, qe -> qe.execConstruct(ModelFactory.createModelForGraph(into)));
        Rdf11Queries.addReifiers(into);
    }

    /**
     * Long queries go as a POST. Virtuoso 7 answers a POST of {@code application/sparql-query} but never ends the
     * response, so the reader waits forever; it must get an HTML form body.
     */
    private QuerySendMode sendMode() {
        return kind == Remote.Kind.VIRTUOSO ? QuerySendMode.asGetWithLimitForm : QuerySendMode.systemDefault;
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
        return "remote " + (kind == Remote.Kind.VIRTUOSO ? "Virtuoso" : "SPARQL") + " store (query " + queryEndpoint + ", graph store " + gspEndpoint + ")";
    }

    @Override
    public void close() {}

    private RDFConnection connection() {
        // Turtle written flat (no nesting), starting with its prefixes: see forTheStore.
        return RDFConnectionRemote.newBuilder().queryEndpoint(queryEndpoint).gspEndpoint(gspEndpoint)
                .triplesFormat(RDFFormat.TURTLE_FLAT).build();
    }

    private List<String> remoteGraphs(RDFConnection conn) {
        var names = new ArrayList<String>();
        conn.querySelect(kind == Remote.Kind.VIRTUOSO ? GRAPHS_WITH_TRIPLES : GRAPHS, row -> {
            if (row.contains("g") && row.get("g").isURIResource()) names.add(row.get("g").asNode().getURI());
        });
        return names;
    }
}
