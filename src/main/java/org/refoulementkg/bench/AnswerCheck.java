package org.refoulementkg.bench;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Do two servers give the same answer to a SELECT? Compared term by term as a multiset of rows (JSON results):
 * each row written out canonically, the two sorted lists compared. (Jena's ResultsCompare recurses once per row
 * and overflows the stack on answers of a hundred thousand rows.) Blank nodes are compared by label, which is
 * exact for the catalogue: its answers hold none.
 */
final class AnswerCheck {
    private AnswerCheck() {}

    /** The number of rows of a JSON result, or -1 if it does not parse. */
    static int rows(byte[] json) {
        try {
            return canonicalRows(json).size() - 1; // the first line names the variables
        } catch (RuntimeException e) {
            return -1;
        }
    }

    static boolean same(byte[] ours, byte[] theirs) {
        try {
            return canonicalRows(ours).equals(canonicalRows(theirs));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Null if the answers are the same; otherwise how they differ: the variables, or the rows and the first row only in each. */
    static String difference(byte[] ours, byte[] theirs) {
        List<String> a, b;
        try {
            a = canonicalRows(ours);
        } catch (RuntimeException e) {
            return "our answer does not parse: " + e.getMessage();
        }
        try {
            b = canonicalRows(theirs);
        } catch (RuntimeException e) {
            return "theirs does not parse: " + e.getMessage();
        }
        if (a.equals(b)) return null;
        if (!a.getFirst().equals(b.getFirst())) return "variables " + a.getFirst() + " vs " + b.getFirst();
        var onlyOurs = new ArrayList<>(a.subList(1, a.size()));
        var onlyTheirs = new ArrayList<>(b.subList(1, b.size()));
        removeCommon(onlyOurs, onlyTheirs);
        // The first row only in each, from a little before where they part: long texts differ late, if at all.
        String x = onlyOurs.isEmpty() ? "" : onlyOurs.getFirst(), y = onlyTheirs.isEmpty() ? "" : onlyTheirs.getFirst();
        int from = Math.max(0, commonPrefix(x, y) - 60);
        return (a.size() - 1) + " rows vs " + (b.size() - 1) + "; " + onlyOurs.size() + " only ours"
                + (onlyOurs.isEmpty() ? "" : " (first: " + excerpt(x, from) + ")") + ", " + onlyTheirs.size() + " only theirs"
                + (onlyTheirs.isEmpty() ? "" : " (first: " + excerpt(y, from) + ")");
    }

    private static int commonPrefix(String x, String y) {
        int i = 0;
        while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) i++;
        return i;
    }

    /** Removes the rows both sorted lists have, as multisets. */
    private static void removeCommon(List<String> a, List<String> b) {
        var ra = new ArrayList<String>();
        var rb = new ArrayList<String>();
        int i = 0, j = 0;
        while (i < a.size() && j < b.size()) {
            int c = a.get(i).compareTo(b.get(j));
            if (c == 0) { i++; j++; } else if (c < 0) ra.add(a.get(i++)); else rb.add(b.get(j++));
        }
        ra.addAll(a.subList(i, a.size()));
        rb.addAll(b.subList(j, b.size()));
        a.clear(); a.addAll(ra);
        b.clear(); b.addAll(rb);
    }

    private static String excerpt(String row, int from) {
        String r = row.substring(Math.min(from, row.length())).strip().replace("\t", " ").replace("|", "\\|");
        return (from > 0 ? "…" : "") + (r.length() > 160 ? r.substring(0, 160) + "…" : r);
    }

    private static List<String> canonicalRows(byte[] json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON);
        List<String> vars = rs.getResultVars().stream().sorted().toList();
        var rows = new ArrayList<String>();
        rs.forEachRemaining(row -> {
            var b = new StringBuilder();
            for (String v : vars) {
                var n = row.get(v);
                b.append(v).append('=').append(n == null ? "" : NodeFmtLib.strNT(n.asNode())).append('\t');
            }
            rows.add(b.toString());
        });
        rows.sort(null);
        rows.add(0, String.join(",", vars));
        return rows;
    }
}
