package org.refoulementkg.vocab;

/**
 * The named graphs: one per source file ({@code data/cases/x.ttl} is {@code <base>graph/cases/x}, {@code
 * ontology/y.ttl} is {@code <base>graph/ontology/y}), the briefing's text, and the store's own record of the load.
 * Whether a graph holds SHACL shapes is decided here and nowhere else.
 */
public final class Graphs {
    private Graphs() {}

    /** The graphs of {@code ontology/}: the vocabulary, the concept schemes and the shapes. */
    public static final String ONTOLOGY = RKG.GRAPH + "ontology/";
    /** The briefing's full text, as one literal, so that SPARQL can check quotes against it. */
    public static final String TEXT = RKG.GRAPH + "briefing/text";
    /** What the store serves: the sources' fingerprint and when they were loaded. */
    public static final String META = RKG.GRAPH + "meta";
    /** The project's editorial English renderings of non-English source titles (an rkg:EditorialGraph). */
    public static final String TRANSLATIONS = RKG.GRAPH + "translations/source-titles";
    /** Derived at load: the RDFS closure of types and properties (only triples not asserted elsewhere). */
    public static final String INFERRED = RKG.GRAPH + "inferred";
    /** Derived at load: the RDF 1.1 reification (rdf:subject/predicate/object) of every statement reifier. */
    public static final String REIFICATION = RKG.GRAPH + "reification";
    /** {@code ontology/shapes.ttl}, {@code ontology/shapes-integrity.ttl}, …: loaded, but neither data nor vocabulary. */
    private static final String SHAPES = ONTOLOGY + "shapes";

    /** The graph of a source file, from its path below {@code data/} (or {@code ontology/…} for the ontology) without extension. */
    public static String ofFile(String relativeStem) { return RKG.GRAPH + relativeStem; }

    public static boolean isOntology(String graph) { return graph.startsWith(ONTOLOGY); }

    public static boolean isShapes(String graph) { return graph.startsWith(SHAPES); }

    /** The graphs the loader derives from the sources (not read from a file, not checked: their sources are). */
    public static boolean isDerived(String graph) { return graph.equals(INFERRED) || graph.equals(REIFICATION); }

    /** A graph the loader writes itself rather than reads from a file: the text, the record of the load, the derived graphs. */
    public static boolean isWrittenByLoader(String graph) {
        return graph.equals(TEXT) || graph.equals(META) || isDerived(graph);
    }

    /** "cases/daoud-muradov" for the graph of data/cases/daoud-muradov.ttl: where a resource is described, for messages. */
    public static String shortName(String graph) {
        return graph.startsWith(RKG.GRAPH) ? graph.substring(RKG.GRAPH.length()) : graph;
    }
}
