package org.refoulementkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.util.ExprUtils;
import org.junit.jupiter.api.Test;

/** KeyedSort orders rows exactly as Jena's BindingComparator does: the same sequence, for terms of every kind. */
class KeyedSortTest {
    static final Var A = Var.alloc("a"), B = Var.alloc("b"), C = Var.alloc("c");
    static final List<Node> TERMS = List.of(
            NodeFactory.createURI("http://example.org/x"), NodeFactory.createURI("http://example.org/y"),
            NodeFactory.createLiteralString("alpha"), NodeFactory.createLiteralString("Beta"), NodeFactory.createLiteralString(""),
            NodeFactory.createLiteralLang("alpha", "en"), NodeFactory.createLiteralLang("alpha", "ru"),
            NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("10", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("2.0", XSDDatatype.XSDdecimal), NodeFactory.createLiteralDT("1e1", XSDDatatype.XSDdouble),
            NodeFactory.createLiteralDT("2017", XSDDatatype.XSDgYear), NodeFactory.createLiteralDT("2021-04-08", XSDDatatype.XSDdate),
            NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean), NodeFactory.createLiteralDT("x", XSDDatatype.XSDinteger),
            NodeFactory.createBlankNode("b1"), NodeFactory.createBlankNode("b2"));

    static List<Binding> rows(Random r, int n) {
        var rows = new ArrayList<Binding>();
        for (int i = 0; i < n; i++) {
            BindingBuilder b = BindingBuilder.create();
            for (Var v : List.of(A, B, C))
                if (r.nextInt(5) > 0) b.add(v, TERMS.get(r.nextInt(TERMS.size()))); // a fifth unbound
            rows.add(b.build());
        }
        return rows;
    }

    static SortCondition by(String expr, int direction) { return new SortCondition(ExprUtils.parse(expr), direction); }

    @Test
    void theSameOrderAsJenasForEveryKindOfTermAndCondition() {
        var conditions = List.of(
                List.of(by("?a", Query.ORDER_ASCENDING)),
                List.of(by("?b", Query.ORDER_DESCENDING), by("str(?c)", Query.ORDER_ASCENDING)),
                List.of(by("lang(?a)", Query.ORDER_ASCENDING), by("?c", Query.ORDER_DESCENDING)),
                List.of(by("?a + 1", Query.ORDER_ASCENDING)), // an error for most rows: sorted as unbound
                List.of(by("?c", Query.ORDER_DEFAULT), by("?a", Query.ORDER_ASCENDING), by("?b", Query.ORDER_ASCENDING)));
        var random = new Random(15);
        for (var sc : conditions) {
            for (int maxKept : new int[] {Integer.MAX_VALUE, 50}) { // keys kept for all rows, or for the first 50 only
                List<Binding> input = rows(random, 400);
                var jena = new ArrayList<>(input);
                jena.sort(new BindingComparator(sc));
                var ours = new ArrayList<>(input);
                ours.sort(new KeyedSort(sc, new FunctionEnvBase(), maxKept));
                for (int i = 0; i < input.size(); i++)
                    assertEquals(jena.get(i), ours.get(i), "row " + i + " under " + sc + " (keys kept for " + maxKept + ")");
            }
        }
    }
}
