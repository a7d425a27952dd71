package org.refoulementkg.web.pictures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.refoulementkg.web.facets.Facet;
import org.refoulementkg.web.facets.FacetQueries;
import org.refoulementkg.web.facets.FacetValues;
import org.refoulementkg.web.facets.Selection;

/**
 * What the flows picture shows: for the people a selection leaves, the sending states of their transfers, the kinds of
 * transfer, and the outcomes of their cases, as links between the three columns, each counting people and carrying the
 * footnotes behind it (the transfers' references; the outcome statements' own). A person who was never transferred
 * flows from "no transfer"; one with two outcomes counts in both.
 */
final class Flows {
    /** A value in a column: its facet and slug (null for "no transfer"), label. */
    record Node(int column, Facet facet, String slug, String label) {}

    /** People flowing between two values, with the footnotes behind it. */
    record Link(Node from, Node to, Set<String> people, Set<Integer> footnotes) {}

    static final Node NO_TRANSFER_STATE = new Node(0, null, null, "no transfer reported");
    static final Node NO_TRANSFER_TYPE = new Node(1, null, null, "no transfer reported");

    private static final String TRANSFERS = """
            SELECT ?person ?name ?state ?stateLabel ?type ?typeLabel (GROUP_CONCAT(DISTINCT ?n; separator=" ") AS ?footnotes) WHERE {
              { SELECT DISTINCT ?person ?case WHERE { } }
              ?person rdfs:label ?pl BIND(STR(?pl) AS ?name)
              OPTIONAL {
                ?t a rkg:Transfer ; rkg:person ?person ; rkg:sendingState ?state ; rkg:transferType ?type .
                ?state rdfs:label ?sl BIND(STR(?sl) AS ?stateLabel)
                ?type skos:prefLabel ?tl BIND(STR(?tl) AS ?typeLabel)
                OPTIONAL { ?t prov:wasDerivedFrom/rkg:footnote/rkg:footnoteNumber ?fn BIND(STR(?fn) AS ?n) }
              }
            } GROUP BY ?person ?name ?state ?stateLabel ?type ?typeLabel""";

    private static final String OUTCOMES = """
            SELECT ?person ?outcome ?outcomeLabel (GROUP_CONCAT(DISTINCT ?n; separator=" ") AS ?footnotes) WHERE {
              { SELECT DISTINCT ?person ?case WHERE { } }
              ?case rkg:outcome ?outcome . ?outcome skos:prefLabel ?ol BIND(STR(?ol) AS ?outcomeLabel)
              OPTIONAL { ?st rdf:subject ?case ; rdf:predicate rkg:outcome ; rdf:object ?outcome ;
                             prov:wasDerivedFrom/rkg:footnote/rkg:footnoteNumber ?fn BIND(STR(?fn) AS ?n) }
            } GROUP BY ?person ?outcome ?outcomeLabel""";

    private Flows() {}

    static List<Query> queries(Selection s) { return List.of(FacetQueries.forPeople(TRANSFERS, s), FacetQueries.forPeople(OUTCOMES, s)); }

    static List<Link> links(FacetValues facets, Selection s) {
        var names = new TreeMap<String, String>();
        var types = new TreeMap<String, Set<Node>>();    // person → their transfer kinds
        var links = new LinkedHashMap<String, Link>();
        for (QuerySolution r : facets.select(queries(s).get(0))) {
            String person = r.getResource("person").getURI();
            names.put(person, text(r, "name"));
            Node state = r.contains("state") ? node(0, Facet.SENDING, r, "state", "stateLabel") : NO_TRANSFER_STATE;
            Node type = r.contains("type") ? node(1, Facet.TRANSFER, r, "type", "typeLabel") : NO_TRANSFER_TYPE;
            types.computeIfAbsent(person, k -> new TreeSet<>(java.util.Comparator.comparing(Node::label))).add(type);
            add(links, state, type, text(r, "name"), text(r, "footnotes"));
        }
        for (QuerySolution r : facets.select(queries(s).get(1))) {
            String person = r.getResource("person").getURI();
            Node outcome = node(2, Facet.OUTCOME, r, "outcome", "outcomeLabel");
            for (Node type : types.getOrDefault(person, Set.of(NO_TRANSFER_TYPE)))
                add(links, type, outcome, names.getOrDefault(person, person), text(r, "footnotes"));
        }
        return List.copyOf(links.values());
    }

    private static void add(Map<String, Link> links, Node from, Node to, String person, String footnotes) {
        Link l = links.computeIfAbsent(from.column() + from.label() + "\u0000" + to.label(), k -> new Link(from, to, new TreeSet<>(), new TreeSet<>()));
        l.people().add(person);
        for (String n : footnotes.split(" ")) if (!n.isBlank()) l.footnotes().add(Integer.parseInt(n));
    }

    private static Node node(int column, Facet f, QuerySolution r, String var, String labelVar) {
        return new Node(column, f, f.slug(r.getResource(var).getURI()), text(r, labelVar));
    }

    private static String text(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
