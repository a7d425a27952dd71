package org.refoulementkg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.refoulementkg.vocab.RKG;

/**
 * One RDF file of the project and the named graph it is loaded into:
 * {@code ontology/x.ttl} → {@code <base>graph/ontology/x}, {@code data/cases/y.ttl} → {@code <base>graph/cases/y}.
 */
public record SourceFile(Path path, String graphName, Lang lang) {

    /** Every Turtle/TriG file under ontology/ (except its examples/) and data/, in a stable order. */
    public static List<SourceFile> discover(Path ontologyDir, Path dataDir) {
        var files = new ArrayList<SourceFile>();
        for (Path p : rdfFiles(ontologyDir)) {
            if (ontologyDir.relativize(p).startsWith("examples")) continue;
            files.add(of(p, "ontology/" + stem(ontologyDir.relativize(p))));
        }
        for (Path p : rdfFiles(dataDir)) files.add(of(p, stem(dataDir.relativize(p))));
        rejectUnsupported(ontologyDir);
        rejectUnsupported(dataDir);
        return files;
    }

    /** A file outside the usual folders (an example, a test fixture): its graph is named after the file. */
    public static SourceFile single(Path p) {
        return of(p, "file/" + stem(p.getFileName()));
    }

    /** A graph of SHACL shapes, from {@code ontology/shapes*.ttl}: loaded, but not validated as data. */
    public boolean isShapes() { return graphName.startsWith(RKG.GRAPH + "ontology/shapes"); }

    private static SourceFile of(Path p, String relativeStem) {
        return new SourceFile(p, RKG.GRAPH + relativeStem, RDFLanguages.filenameToLang(p.toString()));
    }

    private static String stem(Path relative) {
        String s = relative.toString().replace('\\', '/');
        return s.substring(0, s.lastIndexOf('.'));
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
