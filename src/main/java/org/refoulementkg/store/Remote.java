package org.refoulementkg.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a remote store is and what it is: its SPARQL query endpoint, its Graph Store Protocol endpoint, the account
 * that may write there (challenge-based basic or digest authentication, as Virtuoso's {@code /sparql-graph-crud-auth}
 * asks), and its kind.
 *
 * <pre>{@code
 * var virtuoso = new Remote("http://localhost:8890/sparql", "http://localhost:8890/sparql-graph-crud-auth",
 *         Optional.of(new Remote.Account("dba", password)), Remote.Kind.VIRTUOSO);
 * }</pre>
 */
public record Remote(String queryEndpoint, String gspEndpoint, Optional<Account> account, Kind kind) {
    /** A user name and password for the Graph Store endpoint. */
    public record Account(String user, String password) {
        @Override public String toString() { return "Account[" + user + "]"; } // never the password in a log
    }

    public enum Kind {
        /** A SPARQL 1.2 store such as Fuseki: graphs go as they are, triple terms included. */
        SPARQL,
        /**
         * Virtuoso 7: no RDF 1.2. Each graph goes without its triple-term triples ({@code r rdf:reifies <<( s p o )>>});
         * their RDF 1.1 form is in graph/reification, which is written like any other graph.
         */
        VIRTUOSO
    }

    public Remote {
        Objects.requireNonNull(queryEndpoint);
        Objects.requireNonNull(gspEndpoint);
        Objects.requireNonNull(account);
        Objects.requireNonNull(kind);
    }

    /** A store that needs no account and takes RDF 1.2. */
    public static Remote of(String queryEndpoint, String gspEndpoint) {
        return new Remote(queryEndpoint, gspEndpoint, Optional.empty(), Kind.SPARQL);
    }
}
