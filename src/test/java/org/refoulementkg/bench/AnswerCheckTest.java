package org.refoulementkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The benchmark's comparison of two servers' answers: rows as a multiset, terms exact, any size. */
class AnswerCheckTest {
    @Test
    void sameRowsInAnotherOrderAreTheSameAnswer() {
        List<String> rows = rows(5);
        var shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(3));
        assertTrue(AnswerCheck.same(json(rows), json(shuffled)));
        assertEquals(5, AnswerCheck.rows(json(rows)));
    }

    @Test
    void oneDifferentTermOrAMissingRowIsADifferentAnswer() {
        List<String> rows = rows(5);
        var changed = new ArrayList<>(rows);
        changed.set(2, row("urn:x:2", "\"2\"^^<http://www.w3.org/2001/XMLSchema#string>", "fr"));
        assertFalse(AnswerCheck.same(json(rows), json(changed)));
        assertFalse(AnswerCheck.same(json(rows), json(rows.subList(0, 4))));
        assertFalse(AnswerCheck.same(json(rows), "not json".getBytes(StandardCharsets.UTF_8)));
        assertEquals(-1, AnswerCheck.rows("not json".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDifferenceIsDescribedByItsRowsOnEachSide() {
        List<String> rows = rows(5);
        assertEquals(null, AnswerCheck.difference(json(rows), json(rows)));
        var changed = new ArrayList<>(rows.subList(0, 4));
        changed.add(row("urn:x:9", "9", "de"));
        changed.add(row("urn:x:10", "10", "de"));
        String d = AnswerCheck.difference(json(rows), json(changed));
        assertTrue(d.startsWith("5 rows vs 6; 1 only ours (first: v=\"4\"@en x=<urn:x:4>), 2 only theirs"), d);
        assertTrue(AnswerCheck.difference(json(rows), "not json".getBytes(StandardCharsets.UTF_8)).startsWith("theirs does not parse"));
    }

    @Test
    void aHundredThousandRowsAreComparedWithoutRunningOutOfStack() {
        List<String> rows = rows(100_000);
        var reversed = new ArrayList<>(rows);
        Collections.reverse(reversed);
        assertTrue(AnswerCheck.same(json(rows), json(reversed)));
    }

    private static List<String> rows(int n) {
        var rows = new ArrayList<String>();
        for (int i = 0; i < n; i++) rows.add(row("urn:x:" + i, String.valueOf(i), "en"));
        return rows;
    }

    private static String row(String iri, String value, String lang) {
        return "{\"x\":{\"type\":\"uri\",\"value\":\"" + iri + "\"},\"v\":{\"type\":\"literal\",\"value\":\"" + value.replace("\"", "\\\"")
                + "\",\"xml:lang\":\"" + lang + "\"}}";
    }

    private static byte[] json(List<String> rows) {
        return ("{\"head\":{\"vars\":[\"x\",\"v\"]},\"results\":{\"bindings\":[" + String.join(",", rows) + "]}}").getBytes(StandardCharsets.UTF_8);
    }
}
