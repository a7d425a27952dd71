package org.refoulementkg.web.browse;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.vocab.RKG;

/**
 * Ranked search over labels, alternative spellings, descriptions and quoted passages. Matching ignores case
 * and accents, accepts token prefixes and one or two typos (so "Baiduev" finds Bayduev and "Darmanin" finds
 * Gérald Darmanin); Cyrillic text is matched as it is. Rebuilt when the served data changes.
 */
public final class SearchIndex {
    /** How much a match in each kind of text counts: a name beats a description, which beats a quote. */
    private static final Map<String, Double> WEIGHT = Map.ofEntries(
            Map.entry("http://www.w3.org/2000/01/rdf-schema#label", 10.0),
            Map.entry(RKG.SKOS + "prefLabel", 10.0),
            Map.entry(RKG.SKOS + "altLabel", 8.0),
            Map.entry("http://xmlns.com/foaf/0.1/name", 8.0),
            Map.entry(RKG.DCTERMS + "title", 7.0),
            Map.entry("http://www.w3.org/2000/01/rdf-schema#comment", 3.0),
            Map.entry(RKG.SKOS + "definition", 3.0),
            Map.entry(RKG.NS + "footnoteText", 3.0),
            Map.entry(RKG.OA + "exact", 2.0));
    private static final double OTHER = 2.5;

    private static final Query TEXTS = QueryFactory.create(RKG.sparqlPrefixes() + """
            SELECT ?r ?p ?text WHERE {
              { VALUES ?p { rdfs:label skos:prefLabel skos:altLabel foaf:name dcterms:title rdfs:comment skos:definition
                            rkg:note rkg:claimText rkg:statisticText rkg:recommendationText rkg:footnoteText rkg:caseName rkg:role }
                ?r ?p ?text FILTER(isIRI(?r) && isLiteral(?text)) }
              UNION
              { ?r prov:wasDerivedFrom/oa:hasSelector/oa:exact ?text BIND(oa:exact AS ?p) FILTER(isIRI(?r)) }
            }""");

    public record Entry(String iri, String property, String text, String[] tokens) {}
    public record Hit(String iri, String label, double score, String matched) {}

    private final KnowledgeGraph kg;
    private final Duration timeout;
    private volatile String builtFor;
    private volatile List<Entry> entries = List.of();
    private volatile Map<String, String> labels = Map.of();
    private volatile java.util.Set<String> people = java.util.Set.of();
    private static final Query PEOPLE = QueryFactory.create(RKG.sparqlPrefixes() + "SELECT ?p WHERE { ?p a rkg:Person }");

    public SearchIndex(KnowledgeGraph kg, Duration timeout) {
        this.kg = kg;
        this.timeout = timeout;
    }

    public List<Hit> search(String query, int limit) {
        refreshIfStale();
        String[] wanted = tokens(query);
        if (wanted.length == 0) return List.of();
        String phrase = String.join(" ", wanted);
        Map<String, Hit> best = new HashMap<>();
        for (Entry e : entries) {
            double s = score(wanted, e.tokens());
            if (s <= 0) continue;
            // A match that covers most of a short name beats one word in a long title.
            s *= 0.5 + 0.5 * Math.min(1.0, (double) wanted.length / e.tokens().length);
            if (people.contains(e.iri())) s *= 1.3;
            if (String.join(" ", e.tokens()).contains(phrase)) s *= 1.5;
            if (String.join(" ", e.tokens()).equals(phrase)) s *= 2;
            s *= WEIGHT.getOrDefault(e.property(), OTHER);
            Hit h = best.get(e.iri());
            if (h == null || h.score() < s) best.put(e.iri(), new Hit(e.iri(), labels.getOrDefault(e.iri(), e.iri()), s, e.text()));
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::label))
                .limit(limit).toList();
    }

    /** Every query token must match a token of the text: exactly (1), as a prefix (0.8) or with typos (0.6). */
    private static double score(String[] wanted, String[] have) {
        double total = 0;
        for (String w : wanted) {
            double bestToken = 0;
            for (String h : have) {
                double s = h.equals(w) ? 1 : h.startsWith(w) && w.length() >= 2 ? 0.8 : typos(w, h) ? 0.6 : 0;
                if (s > bestToken) bestToken = s;
                if (bestToken == 1) break;
            }
            if (bestToken == 0) return 0;
            total += bestToken;
        }
        return total / wanted.length;
    }

    private static boolean typos(String a, String b) {
        int allowed = a.length() >= 8 ? 2 : a.length() >= 4 ? 1 : 0;
        if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed) return false;
        return editDistance(a, b, allowed) <= allowed;
    }

    /** Levenshtein distance, giving up once it exceeds {@code max}. */
    private static int editDistance(String a, String b, int max) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) return max + 1;
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    public static String[] tokens(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty()).toArray(String[]::new);
    }

    private void refreshIfStale() {
        String now = kg.fingerprint().orElse("");
        if (now.equals(builtFor)) return;
        synchronized (this) {
            if (now.equals(builtFor)) return;
            var list = new ArrayList<Entry>();
            var names = new HashMap<String, String>();
            kg.query(TEXTS, timeout, qe -> {
                qe.execSelect().forEachRemaining(row -> {
                    String iri = row.getResource("r").getURI();
                    String p = row.getResource("p").getURI();
                    String text = row.getLiteral("text").getLexicalForm();
                    if (text.length() > 5000) return; // the full text of the briefing is not an entry
                    list.add(new Entry(iri, p, text, tokens(text)));
                    boolean isName = p.endsWith("#label") || p.endsWith("prefLabel") || p.endsWith("/title");
                    if (isName && (!names.containsKey(iri) || "en".equals(row.getLiteral("text").getLanguage()))) names.put(iri, text);
                });
                return null;
            });
            var persons = new java.util.HashSet<String>();
            kg.query(PEOPLE, timeout, qe -> { qe.execSelect().forEachRemaining(row -> persons.add(row.getResource("p").getURI())); return null; });
            people = java.util.Set.copyOf(persons);
            entries = List.copyOf(list);
            labels = Map.copyOf(names);
            builtFor = now;
        }
    }

    Optional<Integer> size() { return Optional.of(entries.size()); }
}
