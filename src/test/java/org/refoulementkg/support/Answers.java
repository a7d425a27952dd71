package org.refoulementkg.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Query answers in a comparable form: SELECT results as a sorted list of rows (blank nodes made anonymous,
 * since their labels are local to each answer), ASK as a boolean, graphs as graphs (compare by isomorphism).
 * CSV loses term types, so CSV answers are compared as text lines.
 */
public final class Answers {
    private Answers() {}

    public static ResultSetRewindable copy(ResultSet rs) { return ResultSetFactory.copyResults(rs); }

    /** Parses a SELECT answer in {@code lang} and returns comparable rows. */
    public static List<String> rows(String body, Lang lang) {
        if (lang.equals(ResultSetLang.RS_CSV)) return csvLines(body);
        return rows(ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang));
    }

    /** Comparable rows of a result set in the same form as {@link #rows(String, Lang)} for {@code lang}. */
    public static List<String> rows(ResultSetRewindable rs, Lang lang) {
        rs.reset();
        if (lang.equals(ResultSetLang.RS_CSV)) {
            var out = new ByteArrayOutputStream();
            ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            rs.reset();
            return csvLines(out.toString(StandardCharsets.UTF_8));
        }
        var r = rows(rs);
        rs.reset();
        return r;
    }

    public static List<String> rows(ResultSet rs) {
        var rows = new ArrayList<String>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new TreeMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, term(s.get(v).asNode())));
            rows.add(row.toString());
        }
        rows.sort(null);
        return rows;
    }

    public static boolean ask(String body, Lang lang) {
        // SPARQL CSV/TSV define no boolean form; Jena and Fuseki write a header line and then true/false.
        if (lang.equals(ResultSetLang.RS_CSV) || lang.equals(ResultSetLang.RS_TSV)) {
            var lines = body.lines().filter(l -> !l.isBlank()).toList();
            String last = lines.get(lines.size() - 1).strip();
            if (!last.equals("true") && !last.equals("false")) throw new AssertionError("not a boolean answer: " + body);
            return Boolean.parseBoolean(last);
        }
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
    }

    public static Graph graph(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:b" : n.toString();
    }

    private static List<String> csvLines(String csv) {
        var lines = csv.lines().filter(l -> !l.isBlank()).collect(Collectors.toCollection(ArrayList::new));
        if (lines.isEmpty()) return lines;
        String header = lines.remove(0);
        lines.replaceAll(l -> l.replaceAll("_:[A-Za-z0-9]+", "_:b"));
        lines.sort(null);
        lines.add(0, header);
        return lines;
    }
}
