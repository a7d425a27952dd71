package org.refoulementkg.corpus;

import java.time.LocalDate;

import org.refoulementkg.vocab.Prefixes;

/** Turtle spellings of the terms the generator writes: prefixed names, escaped literals, typed values. */
final class Terms {
    private Terms() {}

    static final String HEADER = "# Synthetic data written by `./kg generate`: the shape of the briefing's graph, none of its facts.\n"
            + Prefixes.turtle("rkg", "kg", "person", "state", "agent", "place", "event", "case", "source", "fn", "section", "concept",
                    "edtf", "rdfs", "xsd", "skos", "prov", "oa", "dcterms", "bibo", "foaf", "schema", "org")
            + "\n";

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
