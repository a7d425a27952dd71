package org.refoulementkg.vocab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The project's prefixes: predeclared in queries (the query page, {@code ./kg query}), written in exports and pages,
 * and the one way to shorten an IRI to a prefixed name.
 *
 * <pre>{@code
 * Query q = QueryFactory.create(Prefixes.sparql() + "SELECT ?p WHERE { ?p a rkg:Person }");
 * Prefixes.compact(RKG.ID + "person/alice");   // Optional[person:alice]
 * }</pre>
 */
public final class Prefixes {
    // Jena first: a vocabulary class that is the first to touch Jena (./kg query's prefixes, say) must not start
    // Jena's initialisation from inside its own, which leaves Jena's own vocabulary half-made.
    static { JenaSystem.init(); }

    private Prefixes() {}

    /** Prefix → namespace, in the order they are declared. */
    public static final Map<String, String> ALL = all();

    /** Namespaces that pages and messages shorten as well, without declaring them in queries. */
    private static final Map<String, String> SHOWN = shown();

    private static Map<String, String> all() {
        var m = new LinkedHashMap<String, String>();
        m.put("rkg", RKG.NS);
        m.put("kg", RKG.ID);
        for (String kind : new String[] {"person", "state", "agent", "place", "event", "case", "law", "source"})
            m.put(kind, RKG.ID + kind + "/");
        m.put("fn", RKG.ID + "footnote/");
        m.put("section", RKG.ID + "section/");
        m.put("fact", RKG.ID + "fact/");
        m.put("concept", RKG.ID + "concept/");
        m.put("stmt", RKG.ID + "statement/");
        m.put("edtf", "http://id.loc.gov/datatypes/edtf/");
        m.put("rdf", RDF.getURI());
        m.put("rdfs", RDFS.getURI());
        m.put("owl", OWL.getURI());
        m.put("xsd", XSD.getURI());
        m.put("skos", SKOS.getURI());
        m.put("prov", PROV.NS);
        m.put("oa", OA.NS);
        m.put("dcterms", DCTerms.getURI());
        m.put("bibo", "http://purl.org/ontology/bibo/");
        m.put("foaf", "http://xmlns.com/foaf/0.1/");
        m.put("schema", "https://schema.org/");
        m.put("org", "http://www.w3.org/ns/org#");
        m.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> shown() {
        var m = new LinkedHashMap<>(ALL);
        m.put("sh", "http://www.w3.org/ns/shacl#");
        return Collections.unmodifiableMap(m);
    }

    /** The SPARQL PREFIX block for {@link #ALL}. */
    public static String sparql() { return sparql(ALL.keySet().toArray(String[]::new)); }

    /** The SPARQL PREFIX block for just these prefixes (a query sent elsewhere stays short). */
    public static String sparql(String... prefixes) {
        var sb = new StringBuilder();
        for (String p : prefixes) sb.append("PREFIX ").append(p).append(": <").append(namespace(p)).append(">\n");
        return sb.toString();
    }

    private static String namespace(String prefix) {
        String ns = ALL.get(prefix);
        if (ns == null) throw new IllegalArgumentException("not one of the project's prefixes: " + prefix);
        return ns;
    }

    /** Turtle {@code @prefix} lines for these prefixes, the IRIs aligned. */
    public static String turtle(String... prefixes) {
        var sb = new StringBuilder();
        for (String p : prefixes) sb.append(String.format("@prefix %-9s<%s> .\n", p + ":", namespace(p)));
        return sb.toString();
    }

    /** {@code person:alice} for an IRI under a known namespace (the longest that leaves a local name); empty otherwise. */
    public static Optional<String> compact(String iri) {
        String prefix = null, ns = "";
        for (var e : SHOWN.entrySet())
            if (iri.startsWith(e.getValue()) && e.getValue().length() > ns.length()) { prefix = e.getKey(); ns = e.getValue(); }
        return prefix == null || iri.length() == ns.length() ? Optional.empty() : Optional.of(prefix + ":" + iri.substring(ns.length()));
    }
}
