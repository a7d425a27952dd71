package org.refoulementkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: cli → web, load, bench, corpus → store → vocab; inside web, WebApp → faces (sparql,
 * entity, dataset, browse, ops) → html → http, and no face imports another. Read from the sources' imports and fully
 * qualified names, so that a wrong-way import fails here, naming the file.
 */
class LayersTest {
    private static final Path MAIN = Path.of("src/main/java/org/refoulementkg");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"");
    private static final Pattern OURS = Pattern.compile("org\\.refoulementkg\\.([a-z.]+)\\.[A-Z]");
    private static final Set<String> FACES = Set.of("web.sparql", "web.entity", "web.dataset", "web.browse", "web.ops", "web.explore", "web.pictures");
    private static final Set<String> BELOW_FACES = Set.of("web.html", "web.http", "store", "vocab");

    /** What each package may use besides itself. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("vocab", Set.of()),
            Map.entry("store", Set.of("vocab")),
            Map.entry("load", Set.of("store", "vocab")),
            Map.entry("corpus", Set.of("load", "store", "vocab")),
            Map.entry("web.http", Set.of("store", "vocab")),
            Map.entry("web.html", Set.of("web.http", "store", "vocab")),
            Map.entry("web.sparql", BELOW_FACES), Map.entry("web.entity", BELOW_FACES), Map.entry("web.dataset", BELOW_FACES),
            Map.entry("web.browse", BELOW_FACES), Map.entry("web.ops", BELOW_FACES),
            // The faceted selection (its URL, its queries) is shared by the explore page and the pictures.
            Map.entry("web.facets", BELOW_FACES), Map.entry("web.explore", union(BELOW_FACES, Set.of("web.facets"))),
            Map.entry("web.pictures", union(BELOW_FACES, Set.of("web.facets"))),
            Map.entry("web", union(FACES, union(BELOW_FACES, Set.of("web.facets")))),
            // The benchmark sends the entity pages' own templates to Fuseki: it reads them, nothing else of the web face.
            Map.entry("bench", Set.of("corpus", "load", "store", "vocab", "web.entity")),
            Map.entry("cli", union(FACES, union(BELOW_FACES, Set.of("web", "load", "bench", "corpus")))));

    @Test
    void dependenciesPointOneWay() throws IOException {
        var wrong = new ArrayList<String>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(MAIN)) { files = walk.filter(p -> p.toString().endsWith(".java")).toList(); }
        assertTrue(files.size() > 50, "sources found: " + files.size());
        for (Path f : files) {
            String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) { wrong.add(f + ": package " + pkg + " has no rule"); continue; }
            // Class names in strings (a child JVM's main class) cross a process boundary, not a package one.
            var m = OURS.matcher(STRING.matcher(Files.readString(f)).replaceAll("\"\""));
            while (m.find()) {
                String used = m.group(1);
                if (!used.equals(pkg) && !allowed.contains(used)) wrong.add(MAIN.relativize(f) + " (" + pkg + ") uses " + used);
            }
        }
        assertEquals(List.of(), wrong.stream().distinct().toList());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
