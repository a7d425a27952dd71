package org.refoulementkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.refoulementkg.vocab.RKG;

/**
 * What a scale is measured with, the same for both servers: the query catalogue ({@code queries/*.rq} of the
 * home), a sample of entities of each kind spread over the store (asked of our server once, before any
 * timing), and a few hubs — resources that much of the graph points at (a footnote, a state, a concept).
 */
record Workload(Map<String, String> catalogue, Map<String, List<String>> entities, List<String> hubs) {
    /** Kinds of entity a reader opens most, with the class that finds them. */
    static final Map<String, String> KINDS = kinds();
    private static final List<String> HUB_CANDIDATES = List.of(RKG.ID + "footnote/1", RKG.ID + "state/france",
            RKG.ID + "place/grozny", RKG.ID + "concept/deportation", RKG.ID + "source/syn-0001");

    static Workload build(Path home, HttpProbe http, Target ours, int perKind) {
        var entities = new LinkedHashMap<String, List<String>>();
        KINDS.forEach((kind, cls) -> entities.put(kind, spread(instances(http, ours, cls), perKind)));
        var hubs = new ArrayList<String>();
        for (String h : HUB_CANDIDATES)
            if (http.send(ours.entity(h, false)).ok()) hubs.add(h);
        return new Workload(catalogue(home), entities, hubs);
    }

    /** The non-hub entities, in a fixed interleaved order: what a crowd of readers opens. */
    List<String> mixedEntities() {
        var all = new ArrayList<String>();
        int longest = entities.values().stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++)
            for (List<String> l : entities.values()) if (i < l.size()) all.add(l.get(i));
        return all;
    }

    List<String> persons() { return entities.getOrDefault("person", List.of()); }

    private static Map<String, String> kinds() {
        var m = new LinkedHashMap<String, String>();
        m.put("person", RKG.Person.getURI());
        m.put("case study", RKG.CaseStudy.getURI());
        m.put("transfer", RKG.Transfer.getURI());
        m.put("decision", RKG.Decision.getURI());
        m.put("event", RKG.Event.getURI());
        return m;
    }

    private static List<String> instances(HttpProbe http, Target ours, String cls) {
        // The class IRI is one of our constants, not user input.
        var reply = http.send(ours.query("SELECT ?x WHERE { ?x a <" + cls + "> }", "text/csv"));
        if (!reply.ok()) throw new IllegalStateException("could not list instances of " + cls + ": HTTP " + reply.status());
        return new String(reply.body(), StandardCharsets.UTF_8).lines().skip(1).map(String::strip)
                .filter(s -> s.startsWith(RKG.ID)).toList();
    }

    /** {@code n} items evenly spread over the list (all of them if it is shorter). */
    private static List<String> spread(List<String> all, int n) {
        if (all.size() <= n) return all;
        var picked = new ArrayList<String>();
        for (int i = 0; i < n; i++) picked.add(all.get((int) ((long) i * all.size() / n)));
        return picked;
    }

    private static Map<String, String> catalogue(Path home) {
        var queries = new LinkedHashMap<String, String>();
        try (Stream<Path> files = Files.list(home.resolve("queries"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String name = p.getFileName().toString();
                queries.put(name.substring(0, name.length() - 3), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }
}
