package org.refoulementkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refoulementkg.vocab.RKG;

/** A sub-query asked again and again on no input within one execution is computed once more and then replayed, with the same answer. */
class SubqueryMemoTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String[] PEOPLE = {"alice", "bob", "carol", "dave", "erin", "frank"};

    /** Per person, an OPTIONAL whose right side joins a grouped sub-query that does not depend on the person. */
    private static final String PER_PERSON = """
            PREFIX rkg: <%s> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?name ?comment ?n WHERE {
              ?p a rkg:Person ; rdfs:label ?name .
              OPTIONAL { ?p rdfs:comment ?comment . { SELECT ?comment (%s AS ?n) WHERE { ?x rdfs:comment ?comment } GROUP BY ?comment } }
            } ORDER BY ?name""";

    @Test
    void aRepeatedSubqueryIsReplayedWithJenasOwnAnswer(@TempDir Path root) {
        try (var kg = (LocalStore) KnowledgeGraph.embedded(root, 0)) {
            Run run = perPerson(kg, "COUNT(*)");
            assertEquals(PEOPLE.length - 2, run.replays, "computed for the first two people, replayed for the rest");
            assertEquals(PEOPLE.length, run.rows.size());
            assertTrue(ResultsCompare.equalsByTermAndOrder(run.rows, plainJena(kg, run.query)), "the same rows in the same order as Jena's own executor");
            run.rows.reset();
            assertEquals(PEOPLE.length, run.rows.next().getLiteral("n").getInt(), "each comment counted over everyone");
        }
    }

    @Test
    void aSubqueryThatMayAnswerDifferentlyEachTimeIsAlwaysComputed(@TempDir Path root) {
        try (var kg = (LocalStore) KnowledgeGraph.embedded(root, 0)) {
            Run run = perPerson(kg, "MIN(STRUUID())");
            assertEquals(PEOPLE.length, run.rows.size());
            assertEquals(0, run.replays, "STRUUID() is unstable: nothing replayed");
        }
    }

    private record Run(Query query, ResultSetRewindable rows, long replays) {}

    /** Publishes the people and runs {@link #PER_PERSON} with {@code aggregate} as its sub-query's. */
    private static Run perPerson(LocalStore kg, String aggregate) {
        kg.publish(Publication.checked(LocalStoreTest.people(PEOPLE), "v1"));
        Query q = QueryFactory.create(PER_PERSON.formatted(RKG.NS, aggregate));
        long before = SubqueryMemo.replays();
        ResultSetRewindable rows = kg.query(q, TIMEOUT, qe -> ResultSetFactory.makeRewindable(qe.execSelect()));
        return new Run(q, rows, SubqueryMemo.replays() - before);
    }

    /** The same query through Jena's TDB2 executor, with no memo. */
    private static ResultSetRewindable plainJena(LocalStore kg, Query q) {
        var result = new ResultSetRewindable[1];
        kg.export(dsg -> {
            Dataset ds = DatasetFactory.wrap(dsg);
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
                result[0] = ResultSetFactory.makeRewindable(qe.execSelect());
            }
        });
        return result[0];
    }
}
