package org.refoulementkg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.refoulementkg.store.LoadFailedException;

/**
 * Where the sources live: {@code ontology/} and {@code data/} of a project home, with the briefing's text in
 * {@code data/briefing/briefing.txt}. Every Turtle or TriG file there is a source, found afresh on each call; RDF in
 * any other format stops the load (a JSON-LD file could fetch remote contexts).
 *
 * <pre>{@code
 * List<SourceFile> files = Sources.in(Path.of(".")).files();
 * }</pre>
 */
public record Sources(Path ontologyDir, Path dataDir) {
    public static Sources in(Path home) { return new Sources(home.resolve("ontology"), home.resolve("data")); }

    public Path briefingText() { return dataDir.resolve("briefing").resolve("briefing.txt"); }

    /** Every Turtle/TriG file under ontology/ (except its examples/) and data/, in a stable order. */
    public List<SourceFile> files() {
        var files = new ArrayList<SourceFile>();
        for (Path p : rdfFiles(ontologyDir)) {
            if (ontologyDir.relativize(p).startsWith("examples")) continue;
            files.add(SourceFile.of(p, "ontology/" + SourceFile.stem(ontologyDir.relativize(p))));
        }
        for (Path p : rdfFiles(dataDir)) files.add(SourceFile.of(p, SourceFile.stem(dataDir.relativize(p))));
        rejectUnsupported(ontologyDir);
        rejectUnsupported(dataDir);
        return files;
    }

    /** The ontology's files only (the vocabulary, concept schemes and shapes), to check other files against. */
    public List<SourceFile> ontologyFiles() {
        return files().stream().filter(SourceFile::isOntology).toList();
    }

    /** RDF in a format we don't load is an error, not something to skip silently (JSON-LD could fetch remote contexts). */
    private static void rejectUnsupported(Path dir) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            var bad = walk.filter(Files::isRegularFile).map(Path::toString)
                    .filter(n -> n.matches(".*\\.(jsonld|json-ld|rdf|owl|xml|nt|nq|n3|trix|rj)$")).sorted().toList();
            if (!bad.isEmpty())
                throw new LoadFailedException("Unsupported data files (write Turtle .ttl or TriG .trig)", bad.stream().map(b -> b + ": not loaded: only .ttl and .trig are accepted").toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> rdfFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".ttl") || p.toString().endsWith(".trig"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
