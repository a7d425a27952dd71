package org.refoulementkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refoulementkg.support.ChildJvm;
import org.refoulementkg.support.CliRun;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.vocab.Graphs;

/** Exit codes and outputs of the command line: 0 success, 1 invalid data, 2 bad arguments. */
class CliTest {
    static final String HOME = Fixtures.FIXTURE.toString();

    @Test
    void helpOnEveryCommand() {
        for (String cmd : new String[] {"serve", "load", "validate", "query", "export"}) {
            var r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: kg " + cmd), r.out());
        }
    }

    @Test
    void badArgumentsExitWith2() {
        assertEquals(2, run("serve", "--no-such-option").code());
        assertEquals(2, run("frobnicate").code());
        var r = run("query", "--home", HOME, "--remote-query", "http://127.0.0.1:9/q", "ASK {}");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--remote-gsp"), r.err());
    }

    @Test
    void validateSucceedsOnGoodDataAndFailsOnBad(@TempDir Path tmp) throws Exception {
        var ok = run("validate", "--home", HOME);
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("valid:"), ok.out());
        Path home = Fixtures.copy(Fixtures.FIXTURE, tmp.resolve("h"));
        Files.copy(Fixtures.BROKEN.resolve("syntax.ttl"), home.resolve("data/bad.ttl"));
        var bad = run("validate", "--home", home.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("bad.ttl:6:"), bad.err());
    }

    @Test
    void queryPrintsResultsInTheChosenFormat() {
        var csv = run("query", "--home", HOME, "--mem", "--format", "csv",
                "SELECT ?l WHERE { ?p a rkg:Person ; rdfs:label ?l } ORDER BY ?l");
        assertEquals(0, csv.code(), csv.err());
        assertEquals("l\r\nAlice Example\r\nBob Example\r\nCarol Example\r\nDave Example\r\n", csv.out());
        var table = run("query", "--home", HOME, "--mem", "ASK { ?s rkg:destination state:russia }");
        assertEquals("true", table.out().strip());
        var badQuery = run("query", "--home", HOME, "--mem", "SELECT WHERE {");
        assertEquals(2, badQuery.code());
        assertTrue(badQuery.err().contains("Query parse error"), badQuery.err());
    }

    @Test
    void exportWritesEveryGraph(@TempDir Path tmp) {
        Path out = tmp.resolve("dump.trig");
        var r = run("export", "--home", HOME, "--mem", "--format", "trig", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        var dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(out).lang(Lang.TRIG).parse(dsg);
        assertTrue(dsg.containsGraph(NodeFactory.createURI(Graphs.ofFile("people"))));
        assertTrue(dsg.containsGraph(NodeFactory.createURI(Graphs.ofFile("extra-named"))));
    }

    /**
     * In a JVM of its own, where nothing has started Jena yet: the command's first touch of Jena may be any of our
     * vocabulary classes (the query's predeclared prefixes), and Jena must still come up whole.
     */
    @Test
    void aQueryRunsInAFreshJvm(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("query.log");
        Process p = ChildJvm.start(log, "query", "--home", HOME, "--mem", "ASK { ?s rkg:destination state:russia }");
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the query did not end: " + Files.readString(log));
        assertEquals(0, p.exitValue(), Files.readString(log));
        assertTrue(Files.readString(log).strip().endsWith("true"), Files.readString(log));
    }

    static CliRun run(String... args) { return CliRun.of(args); }
}
