package org.refoulementkg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.refoulementkg.support.Answers;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;

/**
 * Through the public endpoint, every case study's every outcome comes back with the briefing's words behind it, with
 * the SPARQL 1.2 annotation syntax, with the documented pattern and with the RDF 1.1 reification alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementProvenanceTest {
    RunningServer server;

    @BeforeAll void start() { server = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT); }
    @AfterAll void stop() { server.close(); }

    private Set<String> pairs(String query) {
        var r = Http.postForm(server.url("/sparql"), Map.of("query", query), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return new HashSet<>(Answers.rows(r.body(), ResultSetLang.RS_JSON));
    }

    @Test
    void everyOutcomeOfEveryCaseHasItsWords() {
        Set<String> outcomes = pairs("SELECT ?c ?o { ?c a rkg:CaseStudy ; rkg:outcome ?o }");
        assertTrue(outcomes.size() >= 30, "outcomes: " + outcomes.size());
        List<String> patterns = List.of(
                // SPARQL 1.2 annotation syntax
                "SELECT DISTINCT ?c ?o { ?c a rkg:CaseStudy . ?c rkg:outcome ?o ~ ?r {| prov:wasDerivedFrom ?ref |} . ?ref oa:hasSelector/oa:exact ?quote }",
                // the documented pattern (MODELLING.md)
                "SELECT DISTINCT ?c ?o { ?c a rkg:CaseStudy ; rkg:outcome ?o . OPTIONAL { ?st rdf:reifies <<( ?c rkg:outcome ?o )>> } "
                        + "BIND(COALESCE(?st, ?c) AS ?holder) ?holder prov:wasDerivedFrom ?ref . ?ref oa:hasSelector/oa:exact ?quote FILTER(BOUND(?st)) }",
                // RDF 1.1 reification, for SPARQL 1.1 stores
                "SELECT DISTINCT ?c ?o { ?c a rkg:CaseStudy ; rkg:outcome ?o . ?st rdf:subject ?c ; rdf:predicate rkg:outcome ; rdf:object ?o ; "
                        + "prov:wasDerivedFrom/oa:hasSelector/oa:exact ?quote }");
        for (String q : patterns) assertEquals(outcomes, pairs(q), q);
    }

    @Test
    void theErrorsTheFactCheckFoundAreGone() {
        Set<String> wrong = pairs("""
                SELECT ?c ?o {
                  VALUES (?c ?o) { (case:movsar-eskerhanov concept:disappeared-after-return) (case:emran-navruzbekov concept:whereabouts-unknown)
                                   (case:zelimkhan concept:at-risk-of-return) (case:chechen-asylum-seeker-croatia-1 concept:at-risk-of-return)
                                   (case:chechen-asylum-seeker-croatia-2 concept:at-risk-of-return) }
                  ?c rkg:outcome ?o }""");
        assertEquals(Set.of(), wrong);
        var gadamauri = Http.postForm(server.url("/sparql"), Map.of("query", """
                ASK { case:khusen-gadamauri rkg:outcome concept:killed-after-return ~ ?r {| prov:wasDerivedFrom ?ref |} .
                      ?ref rkg:attribution concept:reported ; rkg:hedge "it was reported that" }"""), "text/csv");
        assertTrue(gadamauri.body().contains("true"), "Gadamauri's killing is reported, with the briefing's hedge");
        var zubagirov = Http.postForm(server.url("/sparql"), Map.of("query",
                "SELECT (COUNT(?t) AS ?n) { ?t a rkg:Transfer ; rkg:person person:magomed-zubagirov }"), "text/csv");
        assertTrue(zubagirov.body().lines().skip(1).findFirst().orElseThrow().strip().equals("1"), "one return, one transfer");
    }
}
