package org.refoulementkg.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.refoulementkg.load.SourceFile;
import org.refoulementkg.load.Sources;

/**
 * Writes a synthetic project home of about {@code triples} triples, the same bytes for the same seed and size:
 * {@code ontology/} and {@code queries/} copied from the project, a synthetic briefing text
 * ({@code data/briefing/briefing.txt}) that holds every quoted passage, the fixed document/sources/agents
 * files, and case studies in {@code data/cases/cases-NNNN.ttl} of about 100,000 triples each, written as
 * they are generated. The result passes {@code ./kg validate} and serves with {@code ./kg serve --home DIR}.
 *
 * <pre>{@code
 * var summary = CorpusGenerator.generate(Path.of("."), Path.of("/tmp/kg-1e6"), 1_000_000, 42);
 * // ./kg load --home /tmp/kg-1e6 && ./kg serve --home /tmp/kg-1e6
 * }</pre>
 */
public final class CorpusGenerator {
    /** Triples per case file: big enough to load fast, small enough to name the file of an error usefully. */
    public static final long TRIPLES_PER_FILE = 100_000;
    private static final String MARKER = "GENERATED.md";

    /** What was written: the home, its triple count (including the ontology and the briefing text) and files. */
    public record Summary(Path home, long triples, int caseStudies, int caseFiles, long seed) {}

    private CorpusGenerator() {}

    /** The corpus already in {@code home} if it was generated with this size and seed (and so has the same bytes). */
    public static Optional<Summary> existing(Path home, long triples, long seed) {
        try {
            Path marker = home.resolve(MARKER);
            if (!Files.exists(marker)) return Optional.empty();
            var m = Pattern.compile("--triples (\\d+) --seed (-?\\d+)`: ([\\d,]+) triples, ([\\d,]+) case studies in (\\d+) case files")
                    .matcher(Files.readString(marker, StandardCharsets.UTF_8));
            if (!m.find() || Long.parseLong(m.group(1)) != triples || Long.parseLong(m.group(2)) != seed) return Optional.empty();
            return Optional.of(new Summary(home, Long.parseLong(m.group(3).replace(",", "")),
                    Integer.parseInt(m.group(4).replace(",", "")), Integer.parseInt(m.group(5)), seed));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * @param project the project whose {@code ontology/} and {@code queries/} are copied
     * @param home    the directory to write; if it holds an earlier generated corpus, that is replaced
     */
    public static Summary generate(Path project, Path home, long triples, long seed) {
        try {
            prepare(home);
            copyTree(project.resolve("ontology"), home.resolve("ontology"));
            copyTree(project.resolve("queries"), home.resolve("queries"));
            Path data = home.resolve("data");
            var rng = new SplittableRandom(seed);
            var world = new World(rng);
            var text = new BriefingText(world::footnoteText);
            Files.createDirectories(data.resolve("briefing"));
            Files.writeString(data.resolve("briefing/briefing.txt"), text.text(), StandardCharsets.UTF_8);
            long written = ontologyTriples(home) + 1 /* the text itself, added by the loader */ + world.write(data, text);
            int cases = 0;
            int files;
            try (var out = TurtleOut.rolling(data.resolve("cases"), "cases", TRIPLES_PER_FILE, Terms.HEADER)) {
                var story = new CaseStory(out, text, rng);
                while (cases < 2 || written + out.triples() < triples) {
                    story.write(cases++);
                    out.unitDone();
                }
                written += out.triples();
                files = out.files().size();
            }
            Files.writeString(home.resolve(MARKER), """
                    # Synthetic corpus

                    Written by `./kg generate --triples %d --seed %d`: %,d triples, %,d case studies in %d case files.
                    Generated data of the shape of the briefing's graph; none of it is a fact. `./kg generate` replaces
                    this directory's ontology/, queries/ and data/ when run again on it.
                    """.formatted(triples, seed, written, cases, files), StandardCharsets.UTF_8);
            return new Summary(home, written, cases, files, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only an empty directory or an earlier generated corpus is written over: never someone's project. */
    private static void prepare(Path home) throws IOException {
        if (Files.isDirectory(home)) {
            boolean empty;
            try (Stream<Path> s = Files.list(home)) { empty = s.findAny().isEmpty(); }
            if (!empty && !Files.exists(home.resolve(MARKER)))
                throw new IllegalArgumentException(home + " is neither empty nor a generated corpus (no " + MARKER + "): not writing there");
            for (String d : new String[] {"ontology", "queries", "data"}) deleteTree(home.resolve(d));
        }
        Files.createDirectories(home);
    }

    private static long ontologyTriples(Path home) {
        var n = new AtomicLong();
        for (SourceFile f : new Sources(home.resolve("ontology"), home.resolve("no-data-here")).files())
            RDFParser.source(f.path()).lang(f.lang()).parse(new StreamRDFBase() {
                @Override public void triple(Triple t) { n.incrementAndGet(); }
            });
        return n.get();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
