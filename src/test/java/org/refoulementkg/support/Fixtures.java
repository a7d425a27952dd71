package org.refoulementkg.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.vocabulary.RDFS;
import org.refoulementkg.load.Loader;
import org.refoulementkg.load.Sources;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.store.DatasetPublication;
import org.refoulementkg.vocab.RKG;

/**
 * The small test fixture (src/test/resources/fixture), parsed and validated once per test run, and the broken files
 * next to it. Tests that only read share {@link #store()}; tests that change or close a store take {@link #freshStore()}.
 */
public final class Fixtures {
    public static final Path FIXTURE = Path.of("src/test/resources/fixture");
    public static final Path BROKEN = Path.of("src/test/resources/broken");
    /** The project itself: ontology/, data/, queries/. */
    public static final Path PROJECT = Path.of(".");

    private static DatasetPublication publication;
    private static KnowledgeGraph store;

    private Fixtures() {}

    /** The fixture, validated (once). Read-only: publish it, never change it. */
    public static synchronized DatasetPublication publication() {
        if (publication == null) publication = new Loader(Sources.in(FIXTURE), true).prepare(null);
        return publication;
    }

    /** An in-memory store holding the fixture, shared by every test that only reads. Do not close it. */
    public static synchronized KnowledgeGraph store() {
        if (store == null) store = freshStore();
        return store;
    }

    /** A store of the caller's own holding the fixture: to change, reload or close. */
    public static KnowledgeGraph freshStore() {
        var kg = KnowledgeGraph.inMemory();
        kg.publish(publication());
        return kg;
    }

    /** One more person, as a data file's contents: a valid change to a copy of the fixture. */
    public static final String ZOE = "<" + RKG.ID + "person/zoe> a <" + RKG.Person.getURI() + "> ; <" + RDFS.label.getURI() + "> \"Zoe\" .\n";

    /** How many people a store holds: the fixture has four (alice, bob, carol, dave). */
    public static long persons(KnowledgeGraph kg) {
        var q = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { ?s a <" + RKG.Person.getURI() + "> }");
        return kg.query(q, Duration.ofSeconds(30), qe -> qe.execSelect().next().getLiteral("n").getLong());
    }

    /** Valid filler: {@code n} small labelled resources, so that loading the file takes a while. */
    public static void writeThings(Path file, int n) {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < n; i++)
                w.write("<" + RKG.ID + "thing/t" + i + "> <" + RDFS.label.getURI() + "> \"Thing " + i + "\" .\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A private, writable copy of a source tree, so that a test can break it. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
