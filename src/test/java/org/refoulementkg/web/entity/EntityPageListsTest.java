package org.refoulementkg.web.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.html.Labels;
import org.refoulementkg.web.html.Links;

/**
 * Lists on a page keep every resource, even when two share a label (two people of the same name, and so their
 * events), in a fixed order: the footnote's "facts resting on this" count is the number of facts.
 */
class EntityPageListsTest {
    private static final String DATA = """
            PREFIX rkg:  <https://w3id.org/refoulement-kg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX fn:   <https://w3id.org/refoulement-kg/id/footnote/>
            PREFIX st:   <https://w3id.org/refoulement-kg/id/state/>
            PREFIX ev:   <https://w3id.org/refoulement-kg/id/event/>
            fn:7 a rkg:Footnote ; rdfs:label "Footnote 7" .
            st:x a rkg:State ; rdfs:label "Xland" .
            ev:adam-1-arrest a rkg:Event ; rdfs:label "Arrest (Adam Bagaev)" ; rkg:place st:x ;
                prov:wasDerivedFrom [ rkg:footnote fn:7 ] .
            ev:adam-2-arrest a rkg:Event ; rdfs:label "Arrest (Adam Bagaev)" ; rkg:place st:x ;
                prov:wasDerivedFrom [ rkg:footnote fn:7 ] .
            ev:zelim-arrest a rkg:Event ; rdfs:label "Arrest (Zelim)" ; rkg:place st:x ;
                prov:wasDerivedFrom [ rkg:footnote fn:7 ] .
            """;

    @Test
    void sameLabelledFactsAreAllListedAndCounted() {
        String html = render("footnote/7");
        assertTrue(html.contains("Facts resting on this footnote (3)"), html);
        assertTrue(html.indexOf("/id/event/adam-1-arrest") < html.indexOf("/id/event/adam-2-arrest"), "label, then IRI");
        assertTrue(html.indexOf("/id/event/adam-2-arrest") < html.indexOf("/id/event/zelim-arrest"), html);
    }

    @Test
    void sameLabelledLinksAreAllListed() {
        String html = render("state/x");
        int linkedFrom = html.indexOf("Linked from");
        assertTrue(linkedFrom > 0, html);
        String section = html.substring(linkedFrom);
        for (String e : new String[] {"adam-1-arrest", "adam-2-arrest", "zelim-arrest"})
            assertEquals(1, count(section, "/id/event/" + e + "\""), e + " listed once in: " + section);
    }

    private static String render(String path) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(DATA), null, "TTL");
        return new EntityPage(new Labels(new Links(RKG.BASE))).render(m, RKG.ID + path, "/id/" + path);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
