package org.refoulementkg.store;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * One of our own CONSTRUCT queries with one variable that each use binds to a term (the resource a page is
 * about). Made once, as a constant: the embedded store compiles and optimises it once and then only binds the
 * variable, which saves a page a fifth of its work. The term is always bound as a term, never spliced into text.
 * A subquery must project the variable ({@code SELECT ?target ?x …}): the plan binds it only where it is in scope.
 */
public final class Template {
    private final Query query;
    private final Var var;
    private volatile Op plan;

    public Template(String constructQuery, String var) {
        this.query = QueryFactory.create(constructQuery);
        if (!query.isConstructType()) throw new IllegalArgumentException("not a CONSTRUCT query: " + constructQuery);
        this.var = Var.alloc(var);
        // The plan binds the variable only where it is in scope: a subquery that uses it must project it.
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override public void visit(ElementSubQuery sub) {
                if (!sub.getQuery().getProjectVars().contains(Template.this.var))
                    throw new IllegalArgumentException("a subquery does not project ?" + var + ": " + sub.getQuery());
            }
        });
    }

    public Query query() { return query; }

    public Var var() { return var; }

    /** The query with the variable replaced by {@code value} throughout (subqueries too), for stores that take query text. */
    public Query bound(Node value) {
        return QueryTransformOps.replaceVars(query, Map.of(var, value));
    }

    /** The optimised algebra, with the variable still free (compiled on first use). */
    Op plan() {
        Op p = plan;
        if (p == null) plan = p = Algebra.optimize(Algebra.compile(query));
        return p;
    }
}
