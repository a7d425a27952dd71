package org.refoulementkg.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The one owner of the dataset. Everything else reads the knowledge graph through it, whichever of the
 * three modes holds the data: an embedded TDB2 directory, an in-memory TDB2, or a remote SPARQL 1.1 store.
 * The default graph of every query is the union of all named graphs.
 *
 * <pre>{@code
 * try (var kg = KnowledgeGraph.embedded(Path.of("var"))) {
 *     new Publisher(kg, new Loader(Sources.in(home), true)).publish(System.out);
 *     boolean any = kg.query(QueryFactory.create("ASK {?s ?p ?o}"), Duration.ofSeconds(5), QueryExecution::execAsk);
 * }
 * }</pre>
 */
public interface KnowledgeGraph extends AutoCloseable {

    /** An embedded TDB2 store under {@code root}; a new complete store is built on each publish, then switched to atomically. */
    static KnowledgeGraph embedded(Path root) { return embedded(root, memoryCopyBudget()); }

    /**
     * An embedded store that also copies its default graph into memory for queries when it holds at most
     * {@code replicaMaxTriples} triples (0: never), at about 200 bytes of heap a triple.
     */
    static KnowledgeGraph embedded(Path root, long replicaMaxTriples) {
        return new LocalStore(new DiskGenerations(root), replicaMaxTriples);
    }

    /** An in-memory store, for tests and {@code --mem}. */
    static KnowledgeGraph inMemory() { return inMemory(memoryCopyBudget()); }

    /** An in-memory store with a budget for its copy into memory, as {@link #embedded(Path, long)}. */
    static KnowledgeGraph inMemory(long replicaMaxTriples) { return new LocalStore(new MemoryGenerations(), replicaMaxTriples); }

    /** The default budget of the copy into memory, in triples: as many as an eighth of the heap holds. */
    static long memoryCopyBudget() { return MemoryReplica.defaultMaxTriples(); }

    /** A remote SPARQL 1.1 store: a query endpoint and a Graph Store Protocol endpoint (e.g. Fuseki's /ds/sparql and /ds/data). */
    static KnowledgeGraph remote(String queryEndpoint, String gspEndpoint) { return remote(Remote.of(queryEndpoint, gspEndpoint)); }

    /** A remote store with an account for its Graph Store endpoint and its kind (Virtuoso takes no RDF 1.2). */
    static KnowledgeGraph remote(Remote remote) { return new RemoteStore(remote); }

    /**
     * Runs a query and hands its execution to {@code work} while the data is readable (inside a read
     * transaction for local stores). The timeout covers the whole execution, including reading results.
     */
    <T> T query(Query query, Duration timeout, Function<QueryExecution, T> work);

    /** Adds the triples of {@code template} with its variable bound to {@code value} to {@code into}, within the timeout. */
    default void construct(Template template, Node value, Duration timeout, Graph into) {
        query(template.bound(value), timeout, qe -> qe.execConstruct(ModelFactory.createModelForGraph(into)));
    }

    /**
     * Replaces everything served with the publication, as one switch where the mode allows it, once its checks have
     * passed ({@link Publication#check}); if they fail, nothing changes.
     */
    void publish(Publication publication);

    /** The version of the served data, if any data is served; asked of the store once per version, not per call. */
    Optional<DataVersion> version();

    /** Hands the whole dataset (every named graph) to {@code reader} while it can be read: to write a dump, say. */
    void export(Consumer<DatasetGraph> reader);

    /** A short description of the mode, for logs and /health. */
    String describe();

    @Override void close();
}
