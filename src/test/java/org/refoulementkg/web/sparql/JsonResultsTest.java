package org.refoulementkg.web.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Our JSON results are Jena's JSON results, member for member, for every kind of term; Jena reads them back the same. */
class JsonResultsTest {
    static final Var S = Var.alloc("s"), O = Var.alloc("o"), X = Var.alloc("x-y_1");
    static final Node B1 = NodeFactory.createBlankNode(), B2 = NodeFactory.createBlankNode();
    static final List<Node> TERMS = List.of(
            NodeFactory.createURI("https://w3id.org/refoulement-kg/id/person/daoud-muradov"),
            NodeFactory.createURI("http://example.org/a?b=\"c\"&d=<e>"),
            NodeFactory.createLiteralString("plain"), NodeFactory.createLiteralString(""),
            NodeFactory.createLiteralString("quote \" backslash \\ newline \n tab \t cr \r control \u0001 \u001f slash / </script> \u2028 end"),
            NodeFactory.createLiteralString("Чеченская Республика — «Мемориал» 🙂"),
            NodeFactory.createLiteralLang("reportedly", "en"), NodeFactory.createLiteralLang("сообщается", "ru"),
            NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL),
            NodeFactory.createLiteralDT("2017", XSDDatatype.XSDgYear), NodeFactory.createLiteralDT("2021-04-08", XSDDatatype.XSDdate),
            NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("1.5e3", XSDDatatype.XSDdouble),
            NodeFactory.createLiteralDT("not a number", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("<b>x</b>", NodeFactory.getType("http://www.w3.org/1999/02/22-rdf-syntax-ns#HTML")),
            B1, B2,
            NodeFactory.createTripleTerm(B1, NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralLang("x", "en")),
            NodeFactory.createTripleTerm(NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/p"),
                    NodeFactory.createTripleTerm(B2, NodeFactory.createURI("http://example.org/q"), NodeFactory.createLiteralString("nested"))));

    /** Every term under each variable, and rows with unbound variables. */
    static List<Binding> rows() {
        var rows = new ArrayList<Binding>();
        for (int i = 0; i < TERMS.size(); i++) {
            BindingBuilder b = BindingBuilder.create().add(S, TERMS.get(i));
            if (i % 3 != 0) b.add(O, TERMS.get((i * 7) % TERMS.size()));
            if (i % 2 == 0) b.add(X, TERMS.get((i + 5) % TERMS.size()));
            rows.add(b.build());
        }
        rows.add(BindingBuilder.create().build()); // a row with nothing bound
        return rows;
    }

    static ResultSet results() { return ResultSet.adapt(RowSetStream.create(List.of(S, O, X), rows().iterator())); }

    @Test
    void theSameJsonAsJenasWriterGives() throws Exception {
        var jena = new ByteArrayOutputStream();
        ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(jena, results());
        var ours = new ByteArrayOutputStream();
        JsonResults.write(ours, results());
        var json = new ObjectMapper();
        assertEquals(json.readTree(jena.toByteArray()), json.readTree(ours.toByteArray()), ours.toString(StandardCharsets.UTF_8));
        assertTrue(ours.size() < jena.size(), "without the indentation: " + ours.size() + " bytes, Jena's " + jena.size());
    }

    @Test
    void jenasReaderReadsBackTheSameRows() {
        var ours = new ByteArrayOutputStream();
        JsonResults.write(ours, results());
        ResultSet back = ResultsReader.create().lang(ResultSetLang.RS_JSON).read(new ByteArrayInputStream(ours.toByteArray()));
        assertTrue(ResultsCompare.equalsByTermAndOrder(results(), back));
    }

    @Test
    void noRowsAndNoVariables() throws Exception {
        var json = new ObjectMapper();
        for (List<Var> vars : List.of(List.<Var>of(), List.of(S))) {
            var jena = new ByteArrayOutputStream();
            ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(jena, ResultSet.adapt(RowSetStream.create(vars, List.<Binding>of().iterator())));
            var ours = new ByteArrayOutputStream();
            JsonResults.write(ours, ResultSet.adapt(RowSetStream.create(vars, List.<Binding>of().iterator())));
            assertEquals(json.readTree(jena.toByteArray()), json.readTree(ours.toByteArray()));
        }
    }
}
