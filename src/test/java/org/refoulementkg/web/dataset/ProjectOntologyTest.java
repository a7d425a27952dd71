package org.refoulementkg.web.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.refoulementkg.support.Answers;
import org.refoulementkg.support.Fixtures;
import org.refoulementkg.support.Http;
import org.refoulementkg.support.ProjectData;
import org.refoulementkg.support.RunningServer;
import org.refoulementkg.vocab.RKG;

/** {@code /ontology} on the project's own ontology: the vocabulary and concept schemes, none of the shapes graphs. */
class ProjectOntologyTest {
    @Test
    void noShapesGraphIsServedAsVocabulary() {
        try (var server = RunningServer.start(ProjectData.store(), Duration.ofSeconds(30), Fixtures.PROJECT)) {
            var r = Http.get(server.url("/ontology"), "text/turtle");
            assertEquals(200, r.statusCode());
            Graph served = Answers.graph(r.body(), Lang.TURTLE);
            assertTrue(served.contains(RKG.Person.asNode(), RDF.type.asNode(), Node.ANY), "the vocabulary is there");
            assertFalse(served.contains(Node.ANY, RDF.type.asNode(), SHACL.NodeShape), "shapes.ttl and shapes-integrity.ttl are not the vocabulary");
        }
    }
}
