package org.refoulementkg.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * REGEX and REPLACE that respect the query timeout. Java's regex engine cannot be interrupted, so one
 * catastrophic pattern ("(a+)+$" over a long text) would run for hours inside a single FILTER, past any
 * timeout. Queries on the embedded store have REGEX/REPLACE rewritten to these functions, which match
 * over a text that checks the query's deadline as the engine reads it.
 */
final class InterruptibleRegex {
    static final String REGEX = "urn:x-refoulement-kg:regex";
    static final String REPLACE = "urn:x-refoulement-kg:replace";
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();
    /** Set when a match was stopped: FILTER may swallow the error, but the query must still fail. */
    private static final ThreadLocal<Boolean> STOPPED = ThreadLocal.withInitial(() -> false);
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    static {
        FunctionRegistry.get().put(REGEX, Regex.class);
        FunctionRegistry.get().put(REPLACE, Replace.class);
    }

    private InterruptibleRegex() {}

    /** The query with REGEX and REPLACE swapped for the deadline-aware versions. */
    static Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) return new E_Function(REGEX, args);
                if (func instanceof E_StrReplace) return new E_Function(REPLACE, args);
                return super.transform(func, args);
            }
        });
    }

    /** Runs {@code work} with a deadline that regex matching on this thread honours. */
    static <T> T withDeadline(long deadlineNanos, Supplier<T> work) {
        DEADLINE.set(deadlineNanos);
        STOPPED.set(false);
        try {
            T result = work.get();
            if (STOPPED.get()) throw new QueryCancelledException();
            return result;
        } finally {
            DEADLINE.remove();
            STOPPED.remove();
        }
    }

    private static Pattern pattern(String regex, String flags) {
        return PATTERNS.computeIfAbsent(flags + "\u0000" + regex, k -> {
            int f = 0;
            for (char c : flags.toCharArray()) {
                switch (c) {
                    case 'i' -> f |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                    case 's' -> f |= Pattern.DOTALL;
                    case 'm' -> f |= Pattern.MULTILINE;
                    case 'x' -> f |= Pattern.COMMENTS;
                    case 'q' -> f |= Pattern.LITERAL;
                    default -> throw new ExprEvalException("Unknown regex flag: " + c);
                }
            }
            try {
                return Pattern.compile(regex, f);
            } catch (PatternSyntaxException e) {
                throw new ExprEvalException("Bad regex: " + e.getDescription());
            }
        });
    }

    /** A text that stops the match once the deadline has passed (checked every few thousand reads). */
    private record DeadlineText(String text, long deadline, int[] reads) implements CharSequence {
        DeadlineText(String text, long deadline) { this(text, deadline, new int[1]); }
        @Override public int length() { return text.length(); }
        @Override public char charAt(int i) {
            if (++reads[0] % 4096 == 0 && System.nanoTime() > deadline) {
                STOPPED.set(true);
                throw new QueryCancelledException();
            }
            return text.charAt(i);
        }
        @Override public CharSequence subSequence(int s, int e) { return new DeadlineText(text.substring(s, e), deadline, reads); }
        @Override public String toString() { return text; }
    }

    private static CharSequence text(String s) {
        Long d = DEADLINE.get();
        return d == null ? s : new DeadlineText(s, d);
    }

    /** regex(text, pattern [, flags]) */
    public static final class Regex extends FunctionBase {
        @Override public void checkBuild(String uri, ExprList args) {
            if (args.size() < 2 || args.size() > 3) throw new QueryBuildException("REGEX takes 2 or 3 arguments");
        }
        @Override public NodeValue exec(List<NodeValue> args) {
            String flags = args.size() == 3 ? args.get(2).getString() : "";
            return NodeValue.makeBoolean(pattern(args.get(1).getString(), flags).matcher(text(args.get(0).getString())).find());
        }
    }

    /** replace(text, pattern, replacement [, flags]), keeping the literal's language tag or type as REPLACE does. */
    public static final class Replace extends FunctionBase {
        @Override public void checkBuild(String uri, ExprList args) {
            if (args.size() < 3 || args.size() > 4) throw new QueryBuildException("REPLACE takes 3 or 4 arguments");
        }
        @Override public NodeValue exec(List<NodeValue> args) {
            String flags = args.size() == 4 ? args.get(3).getString() : "";
            NodeValue in = args.get(0);
            String out = pattern(args.get(1).getString(), flags).matcher(text(in.getString())).replaceAll(args.get(2).getString());
            String lang = in.asNode().isLiteral() ? in.asNode().getLiteralLanguage() : "";
            return lang.isEmpty() ? NodeValue.makeString(out) : NodeValue.makeLangString(out, lang);
        }
    }
}
