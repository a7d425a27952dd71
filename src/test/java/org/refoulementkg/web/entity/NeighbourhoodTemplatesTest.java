package org.refoulementkg.web.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.store.Template;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.vocab.RKG;

/**
 * The embedded store runs page templates from a plan compiled once, with the resource bound into it. Its answers
 * must be exactly those of the query with the resource written in (what a remote store runs), for every template
 * and every kind of resource on the real data.
 */
@Tag("slow")
class NeighbourhoodTemplatesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Map<String, Template> TEMPLATES = Map.of("DESCRIPTION", EntityTemplates.DESCRIPTION, "DATA", EntityTemplates.DATA,
            "INCOMING", EntityTemplates.INCOMING, "ABOUT_PERSON", EntityTemplates.ABOUT_PERSON, "RESTING_ON", EntityTemplates.RESTING_ON,
            "DECIDED_IN", EntityTemplates.DECIDED_IN);

    @Test
    void planAndQueryGiveTheSameTriples() {
        KnowledgeGraph kg = ProjectData.store();
        int nonEmpty = 0;
        for (Node resource : sample(kg)) {
            for (var t : TEMPLATES.entrySet()) {
                Graph viaPlan = GraphFactory.createDefaultGraph();
                kg.construct(t.getValue(), resource, TIMEOUT, viaPlan);
                Model viaQuery = ModelFactory.createDefaultModel();
                kg.query(t.getValue().bound(resource), TIMEOUT, qe -> qe.execConstruct(viaQuery));
                assertTrue(viaQuery.getGraph().isIsomorphicWith(viaPlan),
                        t.getKey() + " for " + resource + ": plan gave " + viaPlan.size() + " triples, query " + viaQuery.size());
                if (!viaPlan.isEmpty()) nonEmpty++;
            }
        }
        assertTrue(nonEmpty > 40, "the sample exercises the templates (" + nonEmpty + " non-empty answers)");
    }

    @Test
    void aSubqueryThatHidesTheVariableIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Template(
                "CONSTRUCT { ?x ?p ?target } WHERE { { SELECT ?x ?p WHERE { ?x ?p ?target } LIMIT 5 } }", "target"));
        assertTrue(e.getMessage().contains("does not project ?target"), e.getMessage());
    }

    /** Resources of every kind a page is about, a few of each, from the data itself. */
    private static List<Node> sample(KnowledgeGraph kg) {
        var nodes = new ArrayList<Node>();
        for (Resource cls : List.of(RKG.Person, RKG.CaseStudy, RKG.Transfer, RKG.Decision, RKG.Event, RKG.State, RKG.Footnote, RKG.Source, RKG.Court)) {
            var q = QueryFactory.create("SELECT ?x WHERE { ?x a <" + cls.getURI() + "> } ORDER BY ?x LIMIT 4");
            kg.query(q, TIMEOUT, (QueryExecution qe) -> { qe.execSelect().forEachRemaining(r -> nodes.add(r.get("x").asNode())); return null; });
        }
        assertFalse(nodes.isEmpty());
        return nodes;
    }
}
