package org.refoulementkg.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.refoulementkg.load.Loader;
import org.refoulementkg.load.SourceFile;
import org.refoulementkg.load.Sources;
import org.refoulementkg.store.LoadFailedException;

/**
 * The shapes are specified by example files: every ontology/examples/valid-*.ttl is accepted, every
 * invalid-*.ttl is rejected with the message named on its "# expect:" line.
 */
class ShapesExamplesTest {
    static final Path EXAMPLES = Path.of("ontology/examples");

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        var tests = new ArrayList<DynamicTest>();
        List<Path> files;
        try (var s = Files.list(EXAMPLES)) { files = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList(); }
        assertFalse(files.stream().noneMatch(p -> p.getFileName().toString().startsWith("invalid-")), "no invalid examples");
        for (Path p : files) {
            String name = p.getFileName().toString();
            if (name.startsWith("valid-")) tests.add(DynamicTest.dynamicTest(name, () -> new Loader(Sources.in(Path.of(".")), withOntology(p)).prepare(null)));
            else if (name.startsWith("invalid-")) tests.add(DynamicTest.dynamicTest(name, () -> {
                String expect = Files.readAllLines(p).stream().filter(l -> l.startsWith("# expect:")).findFirst()
                        .orElseThrow(() -> new AssertionError(name + " has no '# expect:' line")).substring(9).strip();
                var e = assertThrows(LoadFailedException.class, () -> new Loader(Sources.in(Path.of(".")), withOntology(p)).prepare(null));
                assertEquals(1, e.problems().size(), "exactly one rule should fire: " + e.getMessage());
                assertTrue(e.getMessage().contains(expect), "expected '" + expect + "' in:\n" + e.getMessage());
            }));
        }
        return tests.stream();
    }

    private static List<SourceFile> withOntology(Path example) {
        var files = new ArrayList<>(Sources.in(Path.of(".")).ontologyFiles());
        files.add(SourceFile.single(example));
        return files;
    }
}
