package org.refoulementkg.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.logging.Log;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.VariableNotBoundException;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.NodeCmp;

/**
 * ORDER BY's comparison as Jena's {@link BindingComparator} makes it, with each row's keys computed once. Jena
 * evaluates every sort expression for both rows of every comparison (n log n conversions of terms to values; a
 * third of the time of decisions-by-court at 10⁶), and for rows that tie sorts their variables' names again each
 * time. This keeps, per row, the values of the sort expressions and its variables in name order, and compares as
 * Jena does: the conditions in turn (unbound first, {@link NodeValue#compareAlways}, DESC reversed), then the rows'
 * terms variable by variable. Keys are kept for at most {@code maxKept} rows (the rows an in-memory sort holds before
 * it spills to disk); other rows are compared as Jena compares them.
 */
final class KeyedSort implements Comparator<Binding> {
    private static final Comparator<Var> BY_NAME = Comparator.comparing(Var::getName);

    private final List<SortCondition> conditions;
    private final FunctionEnv env;
    private final int maxKept;
    private final Map<Binding, Keys> kept = new IdentityHashMap<>();

    private record Keys(NodeValue[] values, Var[] vars) {}

    KeyedSort(List<SortCondition> conditions, FunctionEnv env, int maxKept) {
        this.conditions = conditions;
        this.env = env;
        this.maxKept = maxKept;
    }

    @Override
    public int compare(Binding b1, Binding b2) {
        Keys k1 = keys(b1), k2 = keys(b2);
        for (int i = 0; i < conditions.size(); i++) {
            int x = BindingComparator.compareNodesRaw(k1.values[i], k2.values[i]);
            if (conditions.get(i).getDirection() == Query.ORDER_DESCENDING) x = -x;
            if (x != 0) return x;
        }
        return byTerms(b1, k1.vars, b2, k2.vars);
    }

    private Keys keys(Binding b) {
        Keys k = kept.get(b);
        if (k != null) return k;
        var values = new NodeValue[conditions.size()];
        for (int i = 0; i < values.length; i++) values[i] = value(conditions.get(i), b);
        var vars = new ArrayList<Var>();
        b.vars().forEachRemaining(vars::add);
        Var[] sorted = vars.toArray(Var[]::new);
        Arrays.sort(sorted, BY_NAME);
        k = new Keys(values, sorted);
        if (kept.size() < maxKept) kept.put(b, k);
        return k;
    }

    /** The condition's value for the row; null (sorted first) where it is unbound or raises an error, as in Jena. */
    private NodeValue value(SortCondition c, Binding b) {
        try {
            return c.getExpression().eval(b, env);
        } catch (VariableNotBoundException e) {
            return null;
        } catch (ExprEvalException e) {
            Log.warn(BindingComparator.class, e.getMessage());
            return null;
        }
    }

    /**
     * {@link BindingComparator#compareBindingsSyntactic}: the terms of the variables of both rows, in name order.
     * Jena sorts the two rows' variables together (a variable of both comes twice, and compares the same twice);
     * here the two sorted lists are merged, each variable once.
     */
    private static int byTerms(Binding b1, Var[] v1, Binding b2, Var[] v2) {
        int i = 0, j = 0;
        while (i < v1.length || j < v2.length) {
            Var v;
            if (j == v2.length) v = v1[i++];
            else if (i == v1.length) v = v2[j++];
            else {
                int c = BY_NAME.compare(v1[i], v2[j]);
                v = c <= 0 ? v1[i++] : v2[j++];
                if (c == 0) j++;
            }
            int x = NodeCmp.compareRDFTerms(b1.get(v), b2.get(v));
            if (x != 0) return x;
        }
        return 0;
    }
}
