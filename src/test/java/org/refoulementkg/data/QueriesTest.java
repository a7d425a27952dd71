package org.refoulementkg.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.refoulementkg.support.ProjectData;

/**
 * Every research query in queries/ gives its expected answer (queries/expected/&lt;name&gt;.csv, written from
 * the briefing) on the loaded data: same columns, same rows in any order.
 */
class QueriesTest {
    static final Path QUERIES = Path.of("queries");

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsExpectedAnswer() throws IOException {
        List<Path> files;
        try (var s = Files.list(QUERIES)) { files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList(); }
        assertTrue(files.size() >= 20, "at least 20 research queries: " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString().replaceAll("\\.rq$", "");
            Path expectedFile = QUERIES.resolve("expected").resolve(name + ".csv");
            assertTrue(Files.exists(expectedFile), "no expected answer " + expectedFile);
            var query = QueryFactory.create(Files.readString(f));
            String actual = ProjectData.store().query(query, Duration.ofMinutes(2), qe -> {
                var out = new ByteArrayOutputStream();
                ResultSetMgr.write(out, qe.execSelect(), ResultSetLang.RS_CSV);
                return out.toString(StandardCharsets.UTF_8);
            });
            List<List<String>> want = Csv.parse(Files.readString(expectedFile));
            List<List<String>> got = Csv.parse(actual);
            assertEquals(want.get(0), got.get(0), name + ": columns");
            assertEquals(sorted(want.subList(1, want.size())), sorted(got.subList(1, got.size())), name + ": rows");
        }));
    }

    private static List<String> sorted(List<List<String>> rows) {
        var lines = new ArrayList<String>();
        for (List<String> r : rows) lines.add(String.join("\u001f", r));
        lines.sort(null);
        return lines;
    }

    /** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            var rows = new ArrayList<List<String>>();
            var row = new ArrayList<String>();
            var field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else field.append(c);
                } else if (c == '"') quoted = true;
                else if (c == ',') { row.add(field.toString()); field.setLength(0); }
                else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                    row.add(field.toString()); field.setLength(0);
                    if (!(row.size() == 1 && row.get(0).isEmpty())) rows.add(row);
                    row = new ArrayList<>();
                } else field.append(c);
            }
            if (field.length() > 0 || !row.isEmpty()) { row.add(field.toString()); rows.add(row); }
            return rows;
        }
    }
}
