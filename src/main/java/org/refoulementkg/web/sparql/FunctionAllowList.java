package org.refoulementkg.web.sparql;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitor;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.vocabulary.XSD;

/**
 * Which functions a public query may call. The SPARQL built-ins are keywords and always allowed; of the functions named
 * by IRI, only the XSD casts ({@code xsd:integer(?x)}) and the XPath functions Jena ships ({@code fn:} and {@code math:}
 * of the W3C namespaces). Everything else is refused before anything runs: a {@code java:} IRI would make ARQ load and
 * run that class, and an unknown extension function would silently evaluate to an error. Custom aggregates are
 * refused too, and a {@code java:} predicate (ARQ's property-function loader); property functions are switched off in
 * the execution ({@link SparqlHandler}), so every other predicate is a plain triple pattern.
 */
final class FunctionAllowList {
    static final String XPATH = "http://www.w3.org/2005/xpath-functions#";
    static final String MATH = "http://www.w3.org/2005/xpath-functions/math#";

    private FunctionAllowList() {}

    static boolean allowed(String iri) {
        if (iri.startsWith(XSD.getURI())) return true;
        return (iri.startsWith(XPATH) || iri.startsWith(MATH)) && FunctionRegistry.get().isRegistered(iri);
    }

    /** The first thing in {@code op} this endpoint does not run, as a message for the client. */
    static Optional<String> refusal(Op op) {
        var why = new String[1];
        ExprVisitor calls = new ExprVisitorBase() {
            @Override public void visit(ExprFunctionN f) {
                if (f instanceof E_Function call && !allowed(call.getFunctionIRI()))
                    refuse(why, call.getFunctionIRI().startsWith(ARQConstants.javaClassURIScheme)
                            ? "<" + call.getFunctionIRI() + "> names Java code; this endpoint runs no code named in a query."
                            : "Unknown function <" + call.getFunctionIRI() + ">: this endpoint offers the SPARQL built-in functions, the XSD casts (xsd:integer(…) and the like) and the XPath fn: and math: functions.");
            }
            @Override public void visit(ExprFunctionOp exists) { refusal(exists.getGraphPattern()).ifPresent(m -> refuse(why, m)); }
        };
        Walker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpBGP bgp) { bgp.getPattern().forEach(t -> predicate(t.getPredicate())); }
            @Override public void visit(OpTriple t) { predicate(t.getTriple().getPredicate()); }
            @Override public void visit(OpQuadPattern q) { q.getPattern().forEach(quad -> predicate(quad.getPredicate())); }
            // The walker does not enter sort keys, grouping keys or aggregates' arguments: walk them here.
            @Override public void visit(OpOrder o) { o.getConditions().forEach(c -> walk(c.getExpression())); }
            @Override public void visit(OpTopN o) { o.getConditions().forEach(c -> walk(c.getExpression())); }
            @Override public void visit(OpGroup g) {
                g.getGroupVars().getExprs().values().forEach(this::walk);
                for (ExprAggregator a : g.getAggregators()) {
                    if (a.getAggregator() instanceof AggCustom c)
                        refuse(why, "Custom aggregate <" + c.getIRI() + "> is not available on this endpoint: use the SPARQL aggregates (COUNT, SUM, MIN, MAX, AVG, SAMPLE, GROUP_CONCAT).");
                    if (a.getAggregator().getExprList() != null) a.getAggregator().getExprList().forEach(this::walk);
                }
            }
            private void walk(Expr e) { Walker.walk(e, calls); }
            private void predicate(Node p) {
                if (p.isURI() && p.getURI().startsWith(ARQConstants.javaClassURIScheme))
                    refuse(why, "<" + p.getURI() + "> names Java code; this endpoint runs no code named in a query.");
            }
        }, calls);
        return Optional.ofNullable(why[0]);
    }

    private static void refuse(String[] why, String message) { if (why[0] == null) why[0] = message; }
}
