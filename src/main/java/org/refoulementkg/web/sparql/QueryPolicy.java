package org.refoulementkg.web.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.web.http.HttpProblem;

/**
 * What the public endpoint accepts: a query that parses (else 400 with the parser's message), without
 * SERVICE anywhere in it (no calls from our server to other hosts), with protocol graph IRIs that are IRIs.
 * The project's prefixes ({@link Prefixes#ALL}) are predeclared, as the Wikidata Query Service does: a query needs no
 * PREFIX lines for them, and a PREFIX of its own wins. Line and column numbers in parse errors stay the query's own.
 */
public final class QueryPolicy {
    private QueryPolicy() {}

    /** The query, or 400: missing, does not parse (with the parser's message), or not allowed. */
    public static Query parse(String text) {
        if (text == null || text.isBlank()) throw HttpProblem.badRequest("Missing query: send ?query=… (GET), a form field 'query' (POST) or an application/sparql-query body.");
        try {
            return check(withPrefixes(text));
        } catch (QueryParseException e) {
            throw parseProblem(e);
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
    }

    /** The parser's message; where it has none (it ran out of stack on deep nesting), one a person can act on. */
    private static HttpProblem parseProblem(QueryParseException e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof StackOverflowError) return tooDeep();
        if (e.getMessage() == null || e.getMessage().isBlank())
            return HttpProblem.badRequest("The query could not be parsed, and the parser gave no reason. Check that every bracket, brace and quote is closed.");
        return HttpProblem.badRequest("Parse error: " + e.getMessage());
    }

    static HttpProblem tooDeep() {
        return HttpProblem.badRequest("The query nests too deeply: brackets, braces or parentheses inside one another, hundreds of levels down. "
                + "Write it flatter (a list of patterns, IN (…) instead of nested ORs).");
    }

    /** The query if it parses (not yet checked: see {@link #check}); empty if it does not. */
    static Optional<Query> tryParse(String text) {
        try {
            return Optional.of(withPrefixes(text));
        } catch (QueryParseException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** Parses with the project's prefixes declared beforehand (not prepended as text: error positions stay right). */
    public static Query withPrefixes(String text) {
        Query q = new Query();
        q.getPrefixMapping().setNsPrefixes(Prefixes.ALL);
        return QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
    }

    /** A parsed query the endpoint answers, or 400: JSON forms, SERVICE anywhere in it, functions not on the allow-list. */
    public static Query check(Query q) {
        if (q.isJsonType()) throw HttpProblem.badRequest("JSON query forms are not supported; use SELECT, ASK, CONSTRUCT or DESCRIBE.");
        try {
            rejectService(q);
        } catch (StackOverflowError e) {
            throw tooDeep(); // it parsed, but is too deep to compile (and would be to run)
        }
        return q;
    }

    /** Protocol parameters replace any FROM / FROM NAMED in the query (SPARQL 1.1 Protocol §2.1.4). */
    public static void applyDataset(Query q, List<String> defaultGraphs, List<String> namedGraphs) {
        if (defaultGraphs.isEmpty() && namedGraphs.isEmpty()) return;
        for (String g : concat(defaultGraphs, namedGraphs))
            if (!IRIs.check(g)) throw HttpProblem.badRequest("Not an absolute IRI: " + g);
        q.getGraphURIs().clear();
        q.getNamedGraphURIs().clear();
        defaultGraphs.forEach(q::addGraphURI);
        namedGraphs.forEach(q::addNamedGraphURI);
    }

    private static void rejectService(Query q) {
        Op op = Algebra.compile(q);
        if (hasService(op)) throw HttpProblem.badRequest("SERVICE is not allowed on this endpoint: it answers from its own data only.");
        FunctionAllowList.refusal(op).ifPresent(why -> { throw HttpProblem.badRequest(why); });
    }

    /** SERVICE anywhere: in the pattern, in subqueries, and inside EXISTS / NOT EXISTS in any expression. */
    private static boolean hasService(Op op) {
        var found = new boolean[1];
        Walker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpService s) { found[0] = true; }
        }, new ExprVisitorBase() {
            @Override public void visit(ExprFunctionOp exists) { if (hasService(exists.getGraphPattern())) found[0] = true; }
        });
        return found[0];
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
