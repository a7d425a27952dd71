package org.refoulementkg.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.PathBlock;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.vocabulary.RDF;

/**
 * Our queries for a store without RDF 1.2 (Virtuoso 7), which holds each statement reifier in its RDF 1.1 form
 * (graph/reification: {@code r rdf:subject s ; rdf:predicate p ; rdf:object o}) and no triple terms. A pattern
 * {@code ?r rdf:reifies <<( s p o )>>} becomes the three RDF 1.1 patterns, in subqueries too; a graph that comes back
 * gets {@code r rdf:reifies <<( s p o )>>} again for each reifier it describes, as the embedded store would give it.
 * Each branch of a UNION goes as a {@code SELECT *} subquery, the same answer in SPARQL: Virtuoso's compiler fails with
 * an internal error (SP031) on a BIND beside a FILTER in a UNION branch, the form of our entity pages' templates.
 *
 * <pre>{@code
 * Query forVirtuoso = Rdf11Queries.rewrite(template.bound(node));
 * }</pre>
 */
public final class Rdf11Queries {
    private static final Node REIFIES = RDF.reifies.asNode();
    private static final Node SUBJECT = RDF.subject.asNode(), PREDICATE = RDF.predicate.asNode(), OBJECT = RDF.object.asNode();

    private Rdf11Queries() {}

    /** The query with every reifier pattern written in RDF 1.1 and every UNION branch a subquery. */
    public static Query rewrite(Query query) {
        return QueryTransformOps.transform(valuesInside(query), new ElementTransformCopyBase() {
            @Override public Element transform(ElementPathBlock el) {
                var out = new PathBlock();
                boolean changed = false;
                for (TriplePath tp : el.getPattern()) {
                    if (!tp.isTriple() || !isReifierPattern(tp.asTriple())) { out.add(tp); continue; }
                    changed = true;
                    classic(tp.asTriple()).forEach(t -> out.add(new TriplePath(t)));
                }
                if (!changed) return el;
                var block = new ElementPathBlock();
                out.forEach(block::addTriplePath);
                return block;
            }

            @Override public Element transform(ElementUnion el, List<Element> elements) {
                var union = new ElementUnion();
                for (Element e : elements) union.addElement(e instanceof ElementSubQuery ? e : selectAll(e));
                return union;
            }

            @Override public Element transform(ElementTriplesBlock el) {
                if (el.getPattern().getList().stream().noneMatch(Rdf11Queries::isReifierPattern)) return el;
                var block = new ElementTriplesBlock();
                for (Triple t : el.getPattern()) {
                    if (isReifierPattern(t)) classic(t).forEach(block::addTriple);
                    else block.addTriple(t);
                }
                return block;
            }
        });
    }

    /** Adds {@code r rdf:reifies <<( s p o )>>} for each {@code r} with an rdf:subject, rdf:predicate and rdf:object in {@code g}. */
    static void addReifiers(Graph g) {
        var found = new ArrayList<Triple>();
        g.find(Node.ANY, SUBJECT, Node.ANY).forEachRemaining(st -> {
            Node r = st.getSubject();
            var p = g.find(r, PREDICATE, Node.ANY);
            var o = g.find(r, OBJECT, Node.ANY);
            if (p.hasNext() && o.hasNext())
                found.add(Triple.create(r, REIFIES, NodeFactory.createTripleTerm(st.getObject(), p.next().getObject(), o.next().getObject())));
        });
        found.forEach(g::add);
    }

    /**
     * A trailing VALUES block (which Virtuoso 7 refuses) moved to the start of the WHERE pattern: the same answer for a
     * query without grouping, where SPARQL joins it with the pattern's solutions before anything else.
     */
    private static Query valuesInside(Query query) {
        if (!query.hasValues() || query.hasGroupBy() || query.hasAggregators()) return query;
        Query q = query.cloneQuery();
        var values = new ElementData(q.getValuesVariables(), q.getValuesData());
        clearValues(q);
        var group = new ElementGroup();
        group.addElement(values);
        group.addElement(q.getQueryPattern());
        q.setQueryPattern(group);
        return q;
    }

    /** Query has no way to drop its VALUES block once set (setValuesDataBlock refuses null): its field is cleared. */
    private static void clearValues(Query q) {
        try {
            var field = Query.class.getDeclaredField("valuesDataBlock");
            field.setAccessible(true);
            field.set(q, null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Jena's Query keeps VALUES elsewhere", e);
        }
    }

    private static Element selectAll(Element pattern) {
        Query sub = new Query();
        sub.setQuerySelectType();
        sub.setQueryResultStar(true);
        sub.setQueryPattern(pattern);
        var group = new ElementGroup();
        group.addElement(new ElementSubQuery(sub));
        return group;
    }

    private static boolean isReifierPattern(Triple t) {
        return REIFIES.equals(t.getPredicate()) && t.getObject().isTripleTerm();
    }

    private static List<Triple> classic(Triple t) {
        Triple term = t.getObject().getTriple();
        return List.of(Triple.create(t.getSubject(), SUBJECT, term.getSubject()), Triple.create(t.getSubject(), PREDICATE, term.getPredicate()),
                Triple.create(t.getSubject(), OBJECT, term.getObject()));
    }
}
