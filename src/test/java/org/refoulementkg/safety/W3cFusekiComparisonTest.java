package org.refoulementkg.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.refoulementkg.support.W3cSuite;
import org.refoulementkg.support.W3cSuite.Outcome;

/**
 * The same W3C query-evaluation tests, the same way, against a real Fuseki on TDB2: the comparison for
 * {@link W3cQueryEvaluationTest}. Every test that fails through our endpoint fails through Fuseki too (the failures
 * are the store's or Jena's, not our query handling's), and the counts are printed side by side.
 */
@Tag("fuseki")
@Tag("slow")
class W3cFusekiComparisonTest {
    @Test
    void ourFailuresAreFusekisToo() {
        var cases = W3cSuite.queryEvaluationTests(W3cSuite.QUERY_MANIFESTS);
        Dataset ds = TDB2Factory.createDataset();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/w3c", ds, false).build().start();
        try {
            var results = W3cSuite.run(cases, new W3cSuite.Target() {
                @Override public void load(DatasetGraph data) {
                    Txn.executeWrite(ds, () -> {
                        ds.asDatasetGraph().clear();
                        data.find().forEachRemaining(ds.asDatasetGraph()::add);
                    });
                }
                @Override public String endpoint() { return fuseki.datasetURL("/w3c") + "/sparql"; }
            }, r -> {});
            System.out.println(W3cSuite.summary("Fuseki " + org.apache.jena.fuseki.Fuseki.VERSION + " (TDB2)", results));
            var fusekiFails = results.stream().filter(r -> r.outcome() == Outcome.FAILED).map(r -> r.test().uri()).collect(Collectors.toSet());
            List<String> oursOnly = W3cQueryEvaluationTest.KNOWN.keySet().stream().filter(k -> !fusekiFails.contains(k)).toList();
            assertEquals(List.of(), oursOnly, "failing through our endpoint but not through Fuseki");
        } finally {
            fuseki.stop();
        }
    }
}
