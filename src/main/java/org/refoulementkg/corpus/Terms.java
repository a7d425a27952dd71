package org.refoulementkg.corpus;

import java.time.LocalDate;

/** Turtle spellings of the terms the generator writes: prefixed names, escaped literals, typed values. */
final class Terms {
    private Terms() {}

    static final String HEADER = """
            # Synthetic data written by `./kg generate`: the shape of the briefing's graph, none of its facts.
            @prefix rkg:     <https://w3id.org/refoulement-kg/ontology#> .
            @prefix kg:      <https://w3id.org/refoulement-kg/id/> .
            @prefix person:  <https://w3id.org/refoulement-kg/id/person/> .
            @prefix state:   <https://w3id.org/refoulement-kg/id/state/> .
            @prefix agent:   <https://w3id.org/refoulement-kg/id/agent/> .
            @prefix place:   <https://w3id.org/refoulement-kg/id/place/> .
            @prefix event:   <https://w3id.org/refoulement-kg/id/event/> .
            @prefix case:    <https://w3id.org/refoulement-kg/id/case/> .
            @prefix source:  <https://w3id.org/refoulement-kg/id/source/> .
            @prefix fn:      <https://w3id.org/refoulement-kg/id/footnote/> .
            @prefix section: <https://w3id.org/refoulement-kg/id/section/> .
            @prefix concept: <https://w3id.org/refoulement-kg/id/concept/> .
            @prefix edtf:    <http://id.loc.gov/datatypes/edtf/> .
            @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
            @prefix prov:    <http://www.w3.org/ns/prov#> .
            @prefix oa:      <http://www.w3.org/ns/oa#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix bibo:    <http://purl.org/ontology/bibo/> .
            @prefix foaf:    <http://xmlns.com/foaf/0.1/> .
            @prefix schema:  <https://schema.org/> .
            @prefix org:     <http://www.w3.org/ns/org#> .

            """;

    /** A plain string literal. */
    static String str(String s) { return '"' + escape(s) + '"'; }

    /** An English string. */
    static String en(String s) { return str(s) + "@en"; }

    static String lang(String s, String tag) { return str(s) + "@" + tag; }

    static String integer(long n) { return "\"" + n + "\"^^xsd:integer"; }

    static String date(LocalDate d) { return "\"" + d + "\"^^xsd:date"; }

    static String edtf(String value) { return "\"" + value + "\"^^edtf:EDTF"; }

    static String anyUri(String iri) { return str(iri) + "^^xsd:anyURI"; }

    static String bool(boolean b) { return "\"" + b + "\"^^xsd:boolean"; }

    private static String escape(String s) {
        var b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
