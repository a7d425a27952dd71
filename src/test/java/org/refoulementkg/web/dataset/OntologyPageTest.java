package org.refoulementkg.web.dataset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.html.Links;

/** The ontology page's rendering of what the fixture does not have: properties, unions, concept schemes, hostile text. */
class OntologyPageTest {
    private static final String VOCAB = """
            @prefix rkg: <https://w3id.org/refoulement-kg/ontology#> .
            @prefix concept: <https://w3id.org/refoulement-kg/id/concept/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            <https://w3id.org/refoulement-kg/ontology> a owl:Ontology ; dcterms:title "Test <ontology>"@en ;
                dcterms:license <https://creativecommons.org/licenses/by/4.0/> .
            rkg:Event a owl:Class ; rdfs:label "event"@en ; rdfs:comment "Anything that <script>alert(1)</script> happened."@en .
            rkg:Transfer a owl:Class ; rdfs:label "transfer"@en ; rdfs:subClassOf rkg:Event .
            rkg:Place a owl:Class ; rdfs:label "place"@en .
            rkg:State a owl:Class ; rdfs:label "state"@en .
            rkg:place a owl:ObjectProperty ; rdfs:label "place"@en ; rdfs:domain rkg:Event ;
                rdfs:range [ a owl:Class ; owl:unionOf ( rkg:Place rkg:State ) ] .
            rkg:transferType a owl:ObjectProperty ; rdfs:domain rkg:Transfer .
            dcterms:title a owl:AnnotationProperty .
            concept:transfer-types a skos:ConceptScheme ; skos:prefLabel "transfer types"@en ;
                dcterms:description "Kinds of transfer."@en ; skos:hasTopConcept concept:deportation .
            concept:deportation a skos:Concept ; skos:prefLabel "deportation"@en ; skos:definition "Removal."@en ;
                skos:inScheme concept:transfer-types ; skos:topConceptOf concept:transfer-types .
            concept:extradition a skos:Concept ; skos:prefLabel "extradition"@en ; skos:inScheme concept:transfer-types .
            """;

    private static String render() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(VOCAB, Lang.TURTLE).parse(m);
        var docs = new OntologyDocs(m, Map.of(RKG.NS + "Transfer", 3L), Map.of(RKG.NS + "place", 7L),
                Map.of(RKG.ID + "concept/deportation", 2L));
        return new OntologyPage(docs, new Links(RKG.BASE)).render();
    }

    @Test void propertiesShowKindDomainRangeAndUses() {
        String html = render();
        assertTrue(html.contains("<section class=\"term\" id=\"place\">"), "properties get their own anchors, case-sensitive");
        assertTrue(html.contains("<section class=\"term\" id=\"Place\">"));
        assertTrue(html.contains("<tr><th>Domain</th><td><a href=\"/ontology#Event\""), html);
        assertTrue(html.contains("<tr><th>Range</th><td>one of <a href=\"/ontology#Place\""), html);
        assertTrue(html.matches("(?s).*id=\"place\".*Triples in the data</th><td><a href=\"/sparql\\?query=[^\"]+\">7</a>.*"));
        assertTrue(html.matches("(?s).*id=\"transferType\".*Triples in the data</th><td>0</td>.*"), "unused: 0, no link");
        assertFalse(html.contains("id=\"http://purl.org/dc/terms/title\""), "other vocabularies' terms are not documented as ours");
    }

    @Test void classesShowTheirHierarchyAndDomainProperties() {
        String html = render();
        assertTrue(html.matches("(?s).*id=\"Transfer\".*Subclass of</th><td><a href=\"/ontology#Event\".*"));
        assertTrue(html.matches("(?s).*id=\"Event\".*Subclasses</th><td><a href=\"/ontology#Transfer\".*"));
        assertTrue(html.matches("(?s).*id=\"Event\".*Properties with this domain</th><td><a href=\"/ontology#place\".*"));
        assertTrue(html.contains("Licence: <a href=\"https://creativecommons.org/licenses/by/4.0/\""));
    }

    @Test void schemesListTheirConceptsWithDefinitionsAndUses() {
        String html = render();
        assertTrue(html.contains("<section class=\"term\" id=\"concept/transfer-types\"><h3>transfer types"));
        assertTrue(html.contains("Kinds of transfer."));
        assertTrue(html.contains("<a href=\"/id/concept/deportation\" title=\"https://w3id.org/refoulement-kg/id/concept/deportation\">concept:deportation</a><br>deportation</td><td>Removal.</td>"), html);
        assertTrue(html.contains("concept:extradition"));
    }

    @Test void textFromTheVocabularyIsEscaped() {
        String html = render();
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("Anything that &lt;script&gt;alert(1)&lt;/script&gt; happened."));
        assertTrue(html.contains("<h1>Test &lt;ontology&gt;</h1>"));
    }
}
