package org.refoulementkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** IRIs of the project's vocabulary and of the standard terms the code relies on (Jena has no PROV or OA class). */
public final class RKG {
    private RKG() {}

    /** The canonical base under which all data is minted. */
    public static final String BASE = "https://w3id.org/refoulement-kg/";
    public static final String NS = BASE + "ontology#";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";
    public static final String ONTOLOGY = BASE + "ontology";

    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    public static final Node briefing = iri(ID + "briefing");
    public static final Node fullText = iri(NS + "fullText");
    public static final Node footnote = iri(NS + "footnote");
    public static final Node footnoteNumber = iri(NS + "footnoteNumber");
    public static final Node exact = iri(OA + "exact");
    public static final Node hasSelector = iri(OA + "hasSelector");

    /** Prefixes used in queries, exports and the query editor. */
    public static final java.util.Map<String, String> PREFIXES = prefixes();

    private static java.util.Map<String, String> prefixes() {
        var m = new java.util.LinkedHashMap<String, String>();
        m.put("rkg", NS);
        m.put("kg", ID);
        m.put("person", ID + "person/");
        m.put("state", ID + "state/");
        m.put("agent", ID + "agent/");
        m.put("place", ID + "place/");
        m.put("event", ID + "event/");
        m.put("case", ID + "case/");
        m.put("law", ID + "law/");
        m.put("source", ID + "source/");
        m.put("fn", ID + "footnote/");
        m.put("section", ID + "section/");
        m.put("fact", ID + "fact/");
        m.put("concept", ID + "concept/");
        m.put("edtf", "http://id.loc.gov/datatypes/edtf/");
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("skos", SKOS);
        m.put("prov", PROV);
        m.put("oa", OA);
        m.put("dcterms", DCTERMS);
        m.put("bibo", "http://purl.org/ontology/bibo/");
        m.put("foaf", "http://xmlns.com/foaf/0.1/");
        m.put("schema", "https://schema.org/");
        m.put("org", "http://www.w3.org/ns/org#");
        m.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The SPARQL PREFIX block for {@link #PREFIXES}. */
    public static String sparqlPrefixes() {
        var sb = new StringBuilder();
        PREFIXES.forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }

    private static Node iri(String s) { return NodeFactory.createURI(s); }
}
