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
