package org.refoulementkg.bench;

import java.io.ByteArrayInputStream;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsCompare;

/** Do two servers give the same answer to a SELECT? Compared term by term as a multiset of rows (JSON results). */
final class AnswerCheck {
    private AnswerCheck() {}

    /** The number of rows of a JSON result, or -1 if it does not parse. */
    static int rows(byte[] json) {
        try {
            return rewindable(json).size();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    static boolean same(byte[] ours, byte[] theirs) {
        try {
            return ResultsCompare.equalsByTerm(rewindable(ours), rewindable(theirs));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static ResultSetRewindable rewindable(byte[] json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON);
        return rs.rewindable();
    }
}
