package org.refoulementkg.web.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.graph.NodeTransform;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Jena's GROUP BY and GROUP_CONCAT have no bounds of their own: one GROUP_CONCAT over a cross product fills any heap.
 * This rewrite meters them against the execution's {@link QueryBudget}: each GROUP_CONCAT counts the characters it
 * collects, and each grouping level gets one hidden counter that counts its groups. The metered aggregates print
 * as the originals, so the query's text (and what a remote store is sent) does not change, nor does any answer.
 */
final class BoundedAggregates {
    /** The hidden counter's variable: not a name a query can write, never projected. */
    private static final Var GROUPS = Var.alloc(".rkg-groups");

    private BoundedAggregates() {}

    /** A copy of {@code query} with its aggregates metered (every level: subqueries are copied too). */
    static Query meter(Query query) {
        Query copy = QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override public Expr transform(ExprAggregator e) {
                Aggregator a = e.getAggregator();
                boolean strings = a instanceof AggGroupConcat || a instanceof AggGroupConcatDistinct;
                return strings ? new ExprAggregator(e.getVar(), new Metered(a, Metered.Kind.CHARS)) : e;
            }
        });
        countGroups(copy);
        return copy;
    }

    /** A hidden counter at each level that groups (the copies made above: the original is not touched). */
    private static void countGroups(Query q) {
        // Added to the level's aggregates directly: allocAggregate would reuse a variable name of the query's own.
        if (q.hasGroupBy() || q.hasAggregators()) q.getAggregators().add(new ExprAggregator(GROUPS, new Metered(new AggCount(), Metered.Kind.GROUPS)));
        if (q.getQueryPattern() == null) return;
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override public void visit(ElementSubQuery sub) { countGroups(sub.getQuery()); }
        });
    }

    /** An aggregator that answers as its delegate and charges the budget as it accumulates. */
    static final class Metered implements Aggregator {
        enum Kind { CHARS, GROUPS }

        private final Aggregator delegate;
        private final Kind kind;

        Metered(Aggregator delegate, Kind kind) {
            this.delegate = delegate;
            this.kind = kind;
        }

        @Override public Accumulator createAccumulator() {
            Accumulator acc = delegate.createAccumulator();
            return new Accumulator() {
                private boolean charged;
                @Override public void accumulate(Binding binding, FunctionEnv env) {
                    QueryBudget budget = QueryBudget.of(env);
                    if (budget != null) charge(budget, binding, env);
                    acc.accumulate(binding, env);
                }
                private void charge(QueryBudget budget, Binding binding, FunctionEnv env) {
                    if (kind == Kind.GROUPS) {
                        if (!charged) budget.chargeGroup();
                        charged = true;
                        return;
                    }
                    try {
                        budget.chargeChars(delegate.getExprList().get(0).eval(binding, env).asString().length() + 1);
                    } catch (ExprEvalException unbound) {
                        // GROUP_CONCAT skips what does not evaluate: nothing collected, nothing charged
                    }
                }
                @Override public NodeValue getValue() { return acc.getValue(); }
            };
        }

        @Override public Node getValueEmpty() { return delegate.getValueEmpty(); }
        @Override public String toPrefixString() { return delegate.toPrefixString(); }
        // The group counter must not be merged with a COUNT(*) of the query's own (aggregates are shared by key).
        @Override public String key() { return kind == Kind.GROUPS ? "(rkg:groups)" : delegate.key(); }
        @Override public String getName() { return delegate.getName(); }
        @Override public ExprList getExprList() { return delegate.getExprList(); }
        @Override public Aggregator copy(ExprList exprs) { return new Metered(delegate.copy(exprs), kind); }
        @Override public Aggregator copyTransform(NodeTransform t) { return new Metered(delegate.copyTransform(t), kind); }
        @Override public String asSparqlExpr(SerializationContext cxt) { return delegate.asSparqlExpr(cxt); }
        @Override public String toString() { return delegate.toString(); }
        @Override public int hashCode() { return delegate.hashCode() ^ kind.hashCode(); }
        @Override public boolean equals(Object other) { return other instanceof Aggregator a && equals(a, false); }
        @Override public boolean equals(Aggregator other, boolean bySyntax) {
            return other instanceof Metered m && m.kind == kind && delegate.equals(m.delegate, bySyntax);
        }
    }
}
