package org.refoulementkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.Unstable;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * Jena evaluates the right side of a join again for every row that reaches the join. Inside an OPTIONAL, which is
 * evaluated once per row on its left, a sub-query that does not depend on that row (deaths-after-return's
 * {@code SELECT ?s (MIN(STR(?title)) …) GROUP BY ?s}) is thus computed over and over with the same answer. This
 * executor keeps the rows of such a sub-query for one query execution, the second time the same sub-query is asked
 * for on no input, and serves them from memory after: exact, because the data does not change within a read
 * transaction and the sub-query takes nothing from its surroundings. Sub-queries with a function that may answer
 * differently on each call (RAND, UUID, STRUUID, BNODE: Jena's {@link Unstable}; an extension function) are always computed.
 * The same executor sorts ORDER BY with {@link KeyedSort}: Jena's order, each row's keys computed once.
 *
 * <pre>{@code
 * SubqueryMemo.install(QueryExecution.dataset(ds).query(q));   // one memo per execution
 * }</pre>
 */
final class SubqueryMemo extends OpExecutorTDB2 {
    /** Rows kept per execution, over all its sub-queries: past this, a sub-query is computed each time as before. */
    static final int MAX_ROWS = 200_000;

    private static final Symbol MEMO = Symbol.create("urn:refoulement-kg:subquery-memo");
    private static final OpExecutorFactory FACTORY = SubqueryMemo::new;

    /** Sets up {@code builder}'s execution with this executor and a memo of its own. */
    static QueryExecutionDatasetBuilder install(QueryExecutionDatasetBuilder builder) {
        return builder.set(ARQConstants.sysOpExecutorFactory, FACTORY).set(MEMO, new Memo());
    }

    /** How many times, over all executions, a sub-query's rows were served from a memo: for tests and benchmarks. */
    static long replays() { return Memo.REPLAYS.get(); }

    private SubqueryMemo(ExecutionContext execCxt) { super(execCxt); }

    /** ORDER BY with each row's keys computed once ({@link KeyedSort}); the same order as Jena's, spilling as Jena's does. */
    @Override
    protected QueryIterator execute(OpOrder op, QueryIterator input) {
        QueryIterator rows = exec(op.getSubOp(), input);
        Number spill = execCxt.getContext().get(ARQ.spillToDiskThreshold);
        int kept = spill == null ? MAX_ROWS : (int) Math.min(Integer.MAX_VALUE, spill.longValue());
        return QueryIterSort.create(rows, new KeyedSort(op.getConditions(), execCxt, kept), execCxt);
    }

    @Override
    protected QueryIterator execute(OpProject op, QueryIterator input) {
        Memo memo = execCxt.getContext().get(MEMO);
        if (memo == null || !input.isJoinIdentity()) return super.execute(op, input);
        var key = new Key(op, execCxt.getActiveGraph());
        List<Binding> rows = memo.rows.get(key);
        if (rows != null) { // kept only if deterministic
            input.close();
            Memo.REPLAYS.incrementAndGet();
            return QueryIterPlainWrapper.create(rows.iterator(), execCxt);
        }
        QueryIterator computed = super.execute(op, input);
        // Asked once so far (most sub-queries, and the query itself, are): keep nothing.
        if (memo.seen.add(key) || !deterministic(op)) return computed;
        return QueryIterPlainWrapper.create(new Recorder(computed, memo, key), execCxt);
    }

    private static boolean deterministic(Op op) {
        var volatileCall = new AtomicBoolean();
        var calls = new ExprVisitorBase() {
            @Override public void visit(ExprFunction0 f) { check(f); }
            @Override public void visit(ExprFunction1 f) { check(f); }
            @Override public void visit(ExprFunction2 f) { check(f); }
            @Override public void visit(ExprFunction3 f) { check(f); }
            @Override public void visit(ExprFunctionN f) { check(f); }
            private void check(ExprFunction f) {
                if (f instanceof Unstable || f instanceof E_Function) volatileCall.set(true);
            }
        };
        WholeWalk.walk(op, new OpVisitorBase(), calls);
        return !volatileCall.get();
    }

    /** A sub-query in the graph it reads: the same pattern under another GRAPH is another sub-query. */
    private record Key(Op op, Graph activeGraph) {}

    private static final class Memo {
        static final AtomicLong REPLAYS = new AtomicLong();
        final Map<Key, List<Binding>> rows = new HashMap<>();
        final Set<Key> seen = new HashSet<>();
        int kept;
    }

    /** Passes the rows on and keeps them; they go into the memo only if the sub-query ran to its end within the cap. */
    private static final class Recorder implements IteratorCloseable<Binding> {
        private final QueryIterator source;
        private final Memo memo;
        private final Key key;
        private List<Binding> kept = new ArrayList<>();

        Recorder(QueryIterator source, Memo memo, Key key) {
            this.source = source;
            this.memo = memo;
            this.key = key;
        }

        @Override
        public boolean hasNext() {
            if (source.hasNext()) return true;
            if (kept != null) {
                memo.rows.put(key, List.copyOf(kept));
                kept = null;
            }
            return false;
        }

        @Override
        public Binding next() {
            Binding b = source.nextBinding();
            if (kept != null) {
                if (memo.kept < MAX_ROWS) {
                    kept.add(b);
                    memo.kept++;
                } else kept = null; // too many rows to keep: compute this one each time
            }
            return b;
        }

        @Override
        public void close() { source.close(); }
    }
}
