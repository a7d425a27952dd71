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
 * <p>Each query is written once with an empty sub-select, {@code { SELECT DISTINCT ?person ?case WHERE { } }}, that the
 * selection's pattern fills; a list's page is the LIMIT and OFFSET of its ordered sub-select, so that only the rows
 * shown are grouped and labelled. Grouped values are ordered outside the grouping sub-select: Virtuoso refuses an
 * ORDER BY on an aggregate's alias in the query that computes it (SP031).
 *
 * <pre>{@code
 * Query page = FacetQueries.results(selection, Listed.EVENTS, Page.number(2, 100));   // … VALUES ?sending { state:france } … LIMIT 100 OFFSET 100
 * }</pre>
 */
public final class FacetQueries {
    private static final String[] PREFIXES = {"rkg", "rdf", "rdfs", "skos", "prov", "xsd"};
    private static final List<Element> BASE = pattern("?case a rkg:CaseStudy ; rkg:person ?person .");
    private static final List<Element> YEAR_RANGE = pattern("FILTER(YEAR(?transferEnd) >= ?since && YEAR(?transferStart) <= ?until)");

    /** The people of a selection, a page of them in the order of their names: binds {@code ?person ?case ?name}. */
    private static final String PEOPLE_PAGE = """
            { SELECT ?person ?case ?name WHERE {
                { SELECT DISTINCT ?person ?case WHERE { } }
                ?person rdfs:label ?personLabel BIND(STR(?personLabel) AS ?name)
              } ORDER BY ?name ?person }""";

    private static final String PEOPLE_LIST = """
            SELECT ?person ?name ?case
                   (GROUP_CONCAT(DISTINCT ?by; separator=", ") AS ?returnedBy)
                   (GROUP_CONCAT(DISTINCT ?how; separator=", ") AS ?transferTypes)
                   (MIN(?when) AS ?firstTransfer)
                   (GROUP_CONCAT(DISTINCT ?what; separator=", ") AS ?outcomes)
            WHERE {
              %s
              OPTIONAL { ?t a rkg:Transfer ; rkg:person ?person ; rkg:sendingState/rdfs:label ?byLabel ; rkg:transferType/skos:prefLabel ?howLabel
                         BIND(STR(?byLabel) AS ?by) BIND(STR(?howLabel) AS ?how) OPTIONAL { ?t rkg:edtf ?edtf BIND(STR(?edtf) AS ?when) } }
              OPTIONAL { ?case rkg:outcome/skos:prefLabel ?outcomeLabel BIND(STR(?outcomeLabel) AS ?what) }
            }
            GROUP BY ?person ?name ?case
            ORDER BY ?name ?person""".formatted(PEOPLE_PAGE);

    /** Events in the order of their dates (the undated last): a transfer's states, the footnotes (or sections) behind each. */
    private static final String EVENT_LIST = """
            SELECT ?event (SAMPLE(?eventName) AS ?label) ?start (SAMPLE(?edtfText) AS ?edtf) (SAMPLE(?printed) AS ?dateText)
                   (GROUP_CONCAT(DISTINCT ?kindName; separator=", ") AS ?kinds)
                   ?person (SAMPLE(?personName) AS ?name)
                   (SAMPLE(?from) AS ?sending) (SAMPLE(?fromName) AS ?sendingLabel)
                   (SAMPLE(?to) AS ?destination) (SAMPLE(?toName) AS ?destinationLabel)
                   (GROUP_CONCAT(DISTINCT ?n; separator=", ") AS ?footnotes) (GROUP_CONCAT(DISTINCT ?sn; separator=", ") AS ?sections)
            WHERE {
              { SELECT ?event ?person ?start WHERE {
                  { SELECT DISTINCT ?event ?person WHERE { } }
                  OPTIONAL { ?event rkg:earliest ?start }
                } ORDER BY DESC(BOUND(?start)) ?start ?event }
              ?person rdfs:label ?pl BIND(STR(?pl) AS ?personName)
              OPTIONAL { ?event rdfs:label ?el BIND(STR(?el) AS ?eventName) }
              OPTIONAL { ?event rkg:edtf ?edtfValue BIND(STR(?edtfValue) AS ?edtfText) }
              OPTIONAL { ?event rkg:dateText ?printed }
              # the specific kind (a deportation, a court's decision) where there is one, else the event's kind
              OPTIONAL { ?event rkg:transferType|rkg:decisionType ?specific }
              OPTIONAL { ?event rkg:eventType ?general }
              BIND(COALESCE(?specific, ?general) AS ?kind)
              OPTIONAL { ?kind skos:prefLabel ?kl BIND(STR(?kl) AS ?kindName) }
              OPTIONAL { ?event rkg:sendingState ?from . ?from rdfs:label ?fl BIND(STR(?fl) AS ?fromName) }
              OPTIONAL { ?event rkg:destination ?to . ?to rdfs:label ?tl BIND(STR(?tl) AS ?toName) }
              # each its own OPTIONAL: a group in which ?n is unbound for some rows gets no GROUP_CONCAT at all from Jena
              OPTIONAL { ?event prov:wasDerivedFrom/rkg:footnote/rkg:footnoteNumber ?fn BIND(STR(?fn) AS ?n) }
              OPTIONAL { ?event prov:wasDerivedFrom/rkg:inSection/rkg:sectionNumber ?sn }
            }
            GROUP BY ?event ?person ?start
            ORDER BY DESC(BOUND(?start)) ?start ?event""";

    private FacetQueries() {}

    /** A page of the list of people (who sent them where, how, when, the outcomes) or of events. */
    public static Query results(Selection s, Listed listed, Page page) {
        return listed == Listed.PEOPLE ? forPeople(PEOPLE_LIST, s, page) : fill(EVENT_LIST, s, Listed.EVENTS, page);
    }

    /** How many rows the whole list has. */
    public static Query total(Selection s, Listed listed) {
        return fill("SELECT (COUNT(*) AS ?rows) WHERE { { SELECT DISTINCT ?" + listed.var + " WHERE { } } }", s, listed, Page.ALL);
    }

    /** A page of the people of the selection in the order of their names, {@code ?person ?name} (a picture's lanes). */
    public static Query peoplePage(Selection s, Page page) { return forPeople("SELECT ?person ?name WHERE { " + PEOPLE_PAGE + " } ORDER BY ?name ?person", s, page); }

    /**
     * One of our queries about people, {@code sparql} (without prefixes), whose empty subquery
     * {@code { SELECT DISTINCT ?person ?case WHERE { } }} is filled with the selection's pattern.
     */
    public static Query forPeople(String sparql, Selection s) { return forPeople(sparql, s, Page.ALL); }

    /**
     * As {@link #forPeople(String, Selection)}, on a page of the people: {@code sparql} may use the block of
     * {@link #peoplePageBlock()} in place of the plain subquery, whose LIMIT and OFFSET become the page's.
     */
    public static Query forPeople(String sparql, Selection s, Page page) { return fill(sparql, s, Listed.PEOPLE, page); }

    /** The block that binds a page of the selection's people, {@code ?person ?case ?name}, for {@link #forPeople(String, Selection, Page)}. */
    public static String peoplePageBlock() { return PEOPLE_PAGE; }

    /**
     * For a query of {@link #forPeople(String, Selection, Page)} about their events, {@code ?e}: the block that keeps
     * only the events the selection's event facets (kind, attribution) choose, as in the list of events; nothing
     * when none is chosen. It follows the people's block in the query.
     */
    public static String chosenEventsBlock(Selection s) {
        return aboutEvents(s).isEmpty() ? "" : "{ SELECT DISTINCT (?event AS ?e) ?person WHERE { } }";
    }

    private static Selection aboutEvents(Selection s) { return s.keeping(f -> f.anchor == Facet.Anchor.EVENT); }

    /**
     * A facet's values with the number of people (or events) each leaves under the selection of the other facets, the
     * most frequent first.
     *
     * <p>Events are counted per person where the facet is not about the event itself (a state, a court, an outcome):
     * the values of each person, joined to the number of each person's events, instead of every event joined to every
     * value of its person (the same sum, without the product: a fifth of the time on 10⁶ triples).
     */
    public static Query counts(Selection s, Facet f, Listed listed) {
        String label = f == Facet.YEAR ? "BIND(STR(?value) AS ?l)"
                : "OPTIONAL { ?value skos:prefLabel|rdfs:label ?anyLabel FILTER(LANG(?anyLabel) IN (\"en\", \"\")) BIND(STR(?anyLabel) AS ?l) }";
        boolean perPerson = listed == Listed.EVENTS && f.anchor != Facet.Anchor.EVENT;
        String grouped = perPerson ? """
                SELECT ?value (SUM(?events) AS ?n) WHERE {
                  { SELECT DISTINCT ?person ?value WHERE { } }
                  { SELECT ?person (COUNT(DISTINCT ?event) AS ?events) WHERE { } GROUP BY ?person }
                } GROUP BY ?value""" : "SELECT ?value (COUNT(DISTINCT ?" + listed.var + ") AS ?n) WHERE { } GROUP BY ?value";
        Query q = QueryFactory.create(Prefixes.sparql(PREFIXES) + """
                SELECT ?value ?label ?count WHERE {
                  { SELECT ?value (SAMPLE(?l) AS ?label) (SAMPLE(?n) AS ?count) WHERE {
                      { %s }
                      %s
                    } GROUP BY ?value }
                } ORDER BY DESC(?count) ?label ?value""".formatted(grouped, label));
        Selection others = s.without(f);
        if (!perPerson) {
            fillEmpty(q, valued(selection(others, f, listed), f));
        } else {
            Selection aboutPeople = others.keeping(x -> x.anchor != Facet.Anchor.EVENT);
            fillEmpty(q, valued(selection(aboutPeople, f, Listed.PEOPLE), f), selection(aboutEvents(others), null, Listed.EVENTS));
        }
        return q;
    }

    private static ElementGroup valued(ElementGroup g, Facet f) {
        add(g, pattern("BIND(?" + f.var + " AS ?value)"));
        return g;
    }

    /**
     * The case studies' pattern, the anchors the chosen facets (and {@code counted}, and the listed events) need, each
     * facet's pattern, and the chosen values as VALUES blocks.
     */
    public static ElementGroup selection(Selection s, Facet counted, Listed listed) {
        var g = new ElementGroup();
        add(g, BASE);
        Set<Facet> used = EnumSet.noneOf(Facet.class);
        for (Facet f : Facet.values()) if (s.has(f) || f == counted) used.add(f);
        Set<Facet.Anchor> anchors = EnumSet.noneOf(Facet.Anchor.class);
        if (listed == Listed.EVENTS) anchors.add(Facet.Anchor.EVENT);
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

    /** Our query with its empty sub-select filled with the selection, and its ordered sub-select limited to the page. */
    private static Query fill(String sparql, Selection s, Listed listed, Page page) {
        Query q = QueryFactory.create(Prefixes.sparql(PREFIXES) + sparql);
        // a query about people may have a second empty sub-select: the events its event facets choose
        fillEmpty(q, selection(s, null, listed), selection(aboutEvents(s), null, Listed.EVENTS));
        if (!page.isAll()) {
            walkSubqueries(q.getQueryPattern(), sub -> {
                if (!sub.hasOrderBy()) return;
                sub.setLimit(page.limit());
                sub.setOffset(page.offset());
            });
        }
        return q;
    }

    /** The sub-selects with an empty pattern get these patterns, in the order they are written (a query may leave the last ones unused). */
    private static void fillEmpty(Query q, ElementGroup... patterns) {
        var next = java.util.List.of(patterns).iterator();
        walkSubqueries(q.getQueryPattern(), sub -> {
            if (!(sub.getQueryPattern() instanceof ElementGroup g && g.isEmpty())) return;
            if (!next.hasNext()) throw new IllegalStateException("a query with more empty sub-selects than patterns: " + q);
            sub.setQueryPattern(next.next());
        });
    }

    /** Every sub-select, outermost first, nested ones too (Jena's walker stops at a sub-select). */
    private static void walkSubqueries(Element e, java.util.function.Consumer<Query> action) {
        ElementWalker.walk(e, new ElementVisitorBase() {
            @Override public void visit(ElementSubQuery sub) {
                Element inner = sub.getQuery().getQueryPattern();
                action.accept(sub.getQuery());
                if (inner != null && inner == sub.getQuery().getQueryPattern()) walkSubqueries(inner, action);
            }
        });
    }

    private static Element values(List<Var> vars, List<Node> row) {
        var b = BindingFactory.builder();
        for (int i = 0; i < vars.size(); i++) b.add(vars.get(i), row.get(i));
        return new ElementData(vars, List.of(b.build()));
    }

    private static Node year(int y) { return NodeFactory.createLiteralDT(Integer.toString(y), XSDDatatype.XSDinteger); }

    /** One of our fixed patterns, parsed into its elements: added to a group one by one, so that BIND and FILTER see the whole group. */
    private static List<Element> pattern(String sparql) {
        return ((ElementGroup) QueryFactory.create(Prefixes.sparql(PREFIXES) + "SELECT * WHERE { " + sparql + " }").getQueryPattern()).getElements();
    }

    private static void add(ElementGroup g, List<Element> elements) { elements.forEach(g::addElement); }
}
