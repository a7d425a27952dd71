package org.refoulementkg.store;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitor;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVisitor;

/**
 * Jena's {@link Walker} over every op and expression of an algebra expression, EXISTS patterns included, and also
 * into what aggregates aggregate: Walker stops at {@code MIN(…)} or {@code COUNT(…)}, so {@code MIN(STRUUID())} or
 * {@code COUNT(EXISTS { … })} would go unseen.
 */
final class WholeWalk {
    private WholeWalk() {}

    static void walk(Op op, OpVisitor ops, ExprVisitor exprs) {
        var aggregates = new OpVisitorBase() {
            @Override public void visit(OpGroup group) {
                for (ExprAggregator agg : group.getAggregators()) {
                    ExprList args = agg.getAggregator().getExprList();
                    if (args != null) args.forEach(e -> Walker.walk(e, ops, exprs, this, null));
                }
            }
        };
        Walker.walk(op, ops, exprs, aggregates, null);
    }
}
