package org.refoulementkg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.refoulementkg.load.Loader;
import org.refoulementkg.load.Sources;
import org.refoulementkg.store.Publication;

/** The small test fixture (src/test/resources/fixture) and the broken files next to it. */
public final class Fixtures {
    public static final Path FIXTURE = Path.of("src/test/resources/fixture");
    public static final Path BROKEN = Path.of("src/test/resources/broken");
    /** The project itself: ontology/, data/, queries/. */
    public static final Path PROJECT = Path.of(".");

    private Fixtures() {}

    public static Publication fixtureData() {
        return new Loader(Sources.in(FIXTURE), true).prepare(null);
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
