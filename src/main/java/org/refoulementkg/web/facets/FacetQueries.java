package org.refoulementkg.web.facets;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.refoulementkg.vocab.Prefixes;

/**
 * The queries behind {@code /explore} and the pictures (the same selection everywhere), put together from our own fixed patterns ({@link Facet}):
 * what the reader chose enters only as terms in VALUES blocks (Jena's syntax tree, never query text), so the query
 * shown on the page, and run by "open in the query page", is exactly the one that ran.
 *
 * <pre>{@code
 * Query people = FacetQueries.people(selection);   // SELECT DISTINCT ?person ?case WHERE { … VALUES ?sending { state:france } }
 * }</pre>
 */
public final class FacetQueries {
    private static final String[] PREFIXES = {"rkg", "rdf", "rdfs", "skos", "prov", "xsd"};
    private static final List<Element> BASE = pattern("?case a rkg:CaseStudy ; rkg:person ?person .");
    private static final List<Element> YEAR_RANGE = pattern("FILTER(YEAR(?transferEnd) >= ?since && YEAR(?transferStart) <= ?until)");

    private FacetQueries() {}

    /** The people (and their case studies) the selection leaves. */
    public static Query people(Selection s) {
        return withPattern("SELECT DISTINCT ?person ?case WHERE { } ORDER BY ?person", selection(s, null));
    }

    /** The result list: each person with their case, who sent them where, how, when, and the outcomes. */
    public static Query results(Selection s) {
        return forPeople("""
                SELECT ?person ?name ?case
                       (GROUP_CONCAT(DISTINCT ?by; separator=", ") AS ?returnedBy)
                       (GROUP_CONCAT(DISTINCT ?how; separator=", ") AS ?transferTypes)
                       (MIN(?when) AS ?firstTransfer)
                       (GROUP_CONCAT(DISTINCT ?what; separator=", ") AS ?outcomes)
                WHERE {
                  { SELECT DISTINCT ?person ?case WHERE { } }
                  ?person rdfs:label ?label BIND(STR(?label) AS ?name)
                  OPTIONAL { ?t a rkg:Transfer ; rkg:person ?person ; rkg:sendingState/rdfs:label ?byLabel ; rkg:transferType/skos:prefLabel ?howLabel
                             BIND(STR(?byLabel) AS ?by) BIND(STR(?howLabel) AS ?how) OPTIONAL { ?t rkg:edtf ?edtf BIND(STR(?edtf) AS ?when) } }
                  OPTIONAL { ?case rkg:outcome/skos:prefLabel ?outcomeLabel BIND(STR(?outcomeLabel) AS ?what) }
                }
                GROUP BY ?person ?name ?case
                ORDER BY ?name ?person""", s);
    }

    /**
     * One of our queries about people, {@code sparql} (without prefixes), whose empty subquery
     * {@code { SELECT DISTINCT ?person ?case WHERE { } }} is filled with the selection's pattern.
     */
    public static Query forPeople(String sparql, Selection s) {
        Query q = QueryFactory.create(Prefixes.sparql(PREFIXES) + sparql);
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override public void visit(ElementSubQuery sub) { sub.getQuery().setQueryPattern(selection(s, null)); }
        });
        return q;
    }

    /** A facet's values with the number of people for each, under the selection of the other facets. */
    public static Query counts(Selection s, Facet f) {
        ElementGroup g = selection(s.without(f), f);
        return withPattern("SELECT ?value (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?person) AS ?people) WHERE { } "
                + "GROUP BY ?value ORDER BY DESC(?people) ?label ?value", labelled(g, f));
    }

    private static ElementGroup labelled(ElementGroup g, Facet f) {
        add(g, pattern("BIND(?" + f.var + " AS ?value)"));
        if (f != Facet.YEAR) add(g, pattern("OPTIONAL { ?value skos:prefLabel|rdfs:label ?anyLabel FILTER(LANG(?anyLabel) IN (\"en\", \"\")) BIND(STR(?anyLabel) AS ?l) }"));
        else add(g, pattern("BIND(STR(?year) AS ?l)"));
        return g;
    }

    /**
     * The case studies' pattern, the anchors the chosen facets (and {@code counted}) need, each facet's pattern, and
     * the chosen values as VALUES blocks.
     */
    public static ElementGroup selection(Selection s, Facet counted) {
        var g = new ElementGroup();
        add(g, BASE);
        Set<Facet> used = EnumSet.noneOf(Facet.class);
        for (Facet f : Facet.values()) if (s.has(f) || f == counted) used.add(f);
        Set<Facet.Anchor> anchors = EnumSet.noneOf(Facet.Anchor.class);
        for (Facet f : used) anchors.add(f.anchor);
        for (Facet.Anchor a : anchors) if (!a.pattern.isEmpty()) add(g, pattern(a.pattern));
        for (Facet f : used) {
            add(g, pattern(f.pattern));
            if (f == Facet.YEAR) {
                if (!s.has(Facet.YEAR)) continue;
                add(g, YEAR_RANGE);
                g.addElement(values(List.of(Var.alloc("since"), Var.alloc("until")),
                        List.of(year(s.since() == null ? 0 : s.since()), year(s.until() == null ? 9999 : s.until()))));
            } else if (s.has(f)) {
                Var v = Var.alloc(f.var);
                var rows = new ArrayList<Binding>();
                for (String slug : s.values().get(f)) rows.add(BindingFactory.binding(v, NodeFactory.createURI(f.iri(slug))));
                g.addElement(new ElementData(List.of(v), rows));
            }
        }
        return g;
    }

    private static Element values(List<Var> vars, List<Node> row) {
        var b = BindingFactory.builder();
        for (int i = 0; i < vars.size(); i++) b.add(vars.get(i), row.get(i));
        return new ElementData(vars, List.of(b.build()));
    }

    private static Node year(int y) { return NodeFactory.createLiteralDT(Integer.toString(y), XSDDatatype.XSDinteger); }

    private static Query withPattern(String select, ElementGroup g) {
        Query q = QueryFactory.create(Prefixes.sparql(PREFIXES) + select);
        q.setQueryPattern(g);
        return q;
    }

    /** One of our fixed patterns, parsed into its elements: added to a group one by one, so that BIND and FILTER see the whole group. */
    private static List<Element> pattern(String sparql) {
        return ((ElementGroup) QueryFactory.create(Prefixes.sparql(PREFIXES) + "SELECT * WHERE { " + sparql + " }").getQueryPattern()).getElements();
    }

    private static void add(ElementGroup g, List<Element> elements) { elements.forEach(g::addElement); }
}
