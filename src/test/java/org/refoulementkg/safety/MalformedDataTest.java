package org.refoulementkg.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.refoulementkg.cli.Main;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.support.CliRun;
import org.refoulementkg.support.Fixtures;

/**
 * Malformed data of every kind gets a clear error naming the file and line (or the focus node), exit code 1,
 * and the store keeps serving what it had.
 */
class MalformedDataTest {
    static final String PREFIX = "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
            + "@prefix rkg: <https://w3id.org/refoulement-kg/ontology#> .\n@prefix person: <https://w3id.org/refoulement-kg/id/person/> .\n";

    record Case(String name, byte[] content, String expected) {}

    static List<Case> cases() {
        return List.of(
                new Case("bad-iri.ttl", bytes(PREFIX + "person:a rdfs:seeAlso <http://exa mple.org/x> .\n"), "bad-iri.ttl:5:"),
                new Case("bad-literal.ttl", bytes(PREFIX + "\nperson:a rdfs:comment \"twelve\"^^xsd:integer .\n"), "bad-literal.ttl:6:"),
                new Case("bad-date.ttl", bytes(PREFIX + "person:a rdfs:comment \"2021-02-30\"^^xsd:date .\n"), "bad-date.ttl:5:"),
                new Case("wrong-encoding.ttl", latin1(PREFIX + "person:a rdfs:label \"Gérald\" .\n"), "wrong-encoding.ttl:5:"),
                new Case("truncated.ttl", bytes(PREFIX + "person:a rdfs:label \"Unfinished"), "truncated.ttl:5:"),
                new Case("undeclared-prefix.ttl", bytes("nobody:a <http://www.w3.org/2000/01/rdf-schema#label> \"x\" .\n"), "undeclared-prefix.ttl:1:"),
                new Case("conflicting-types.ttl", bytes(PREFIX + "person:alice a rkg:State .\n"), "person:alice"));
    }

    @TestFactory
    Stream<DynamicTest> everyKindIsRejectedAndNothingIsLost(@TempDir Path tmp) throws Exception {
        // The fixture, plus the project's integrity shapes (conflicting types).
        Path home = Fixtures.copy(Fixtures.FIXTURE, tmp.resolve("home"));
        Files.copy(Path.of("ontology/shapes-integrity.ttl"), home.resolve("ontology/shapes-integrity.ttl"));
        Path store = tmp.resolve("var");
        var tests = new ArrayList<DynamicTest>();
        tests.add(DynamicTest.dynamicTest("baseline loads", () -> assertEquals(0, Main.run("load", "--home", home.toString(), "--store", store.toString()))));
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                Path file = home.resolve("data").resolve(c.name());
                Files.write(file, c.content());
                try {
                    var run = CliRun.of("load", "--home", home.toString(), "--store", store.toString());
                    int code = run.code();
                    String message = run.err();
                    assertEquals(Main.INVALID_DATA, code, message);
                    assertTrue(message.contains(c.expected()), "expected '" + c.expected() + "' in: " + message);
                    try (var kg = KnowledgeGraph.embedded(store)) {
                        assertEquals(4, Fixtures.persons(kg), "the served data is unchanged");
                    }
                } finally {
                    Files.delete(file);
                }
            }));
        }
        return tests.stream();
    }

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }
    private static byte[] latin1(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }
}
