package org.refoulementkg.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program no one here wrote, run as a client of our server: Debian's {@code rapper} (raptor, an RDF 1.1 parser) and
 * {@code python3-rdflib} (the Python RDF library researchers use). Missing tools fail the test (CI installs them).
 */
public record ExternalTool(int code, String out, String err) {
    public static final Path RAPPER = Path.of("/usr/bin/rapper");
    /** Debian's own Python, which has Debian's rdflib (a pyenv python on the PATH may not). */
    public static final Path PYTHON = Path.of("/usr/bin/python3");

    public static ExternalTool run(List<String> command) {
        if (!Files.isExecutable(Path.of(command.get(0))))
            fail(command.get(0) + " is missing: install raptor2-utils and python3-rdflib (.ci/run does)");
        try {
            Path out = Files.createTempFile("tool", ".out"), err = Files.createTempFile("tool", ".err");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) { p.destroyForcibly(); fail(command + " did not finish in 60 s"); }
            var result = new ExternalTool(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * rdflib reading each {@code url} with each format (null: its default), all in one Python process; one line per
     * pair in order: the number of triples, or "error: …".
     */
    public static List<String> rdflibEach(List<String> urls, List<String> formats) {
        String script = """
                import sys, rdflib
                urls, formats = sys.argv[1].split("\\n"), sys.argv[2].split(",")
                for u in urls:
                    for f in formats:
                        try:
                            g = rdflib.Graph()
                            g.parse(u) if f == "default" else g.parse(u, format=f)
                            print(len(g))
                        except Exception as e:
                            print("error: " + type(e).__name__ + ": " + str(e).replace("\\n", " ")[:300])
                """;
        var r = run(List.of(PYTHON.toString(), "-c", script, String.join("\n", urls), String.join(",", formats.stream().map(f -> f == null ? "default" : f).toList())));
        if (r.code() != 0) fail("rdflib failed: " + r.err());
        return r.out().lines().toList();
    }

    /** rapper parsing {@code url} as {@code syntax} (turtle, ntriples, rdfxml) and counting the triples ("returned N triples" on stderr). */
    public static ExternalTool rapper(String url, String syntax) {
        return run(List.of(RAPPER.toString(), "-c", "-i", syntax, url));
    }

    /** The triple count rapper reported, or -1. */
    public int rapperCount() {
        var m = java.util.regex.Pattern.compile("returned (\\d+) triples?").matcher(err);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
