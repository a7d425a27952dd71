package org.refoulementkg.web.browse;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.vocab.OA;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.http.PerVersion;

/**
 * Ranked search over labels, alternative spellings, descriptions and quoted passages. Matching ignores case
 * and accents, accepts token prefixes and one or two typos (so "Baiduev" finds Bayduev and "Darmanin" finds
 * Gérald Darmanin); Cyrillic text is matched as it is. Rebuilt when the served data changes.
 */
public final class SearchIndex {
    /** How much a match in each kind of text counts: a name beats a description, which beats a quote. */
    private static final Map<String, Double> WEIGHT = Map.ofEntries(
            Map.entry(RDFS.label.getURI(), 10.0),
            Map.entry(SKOS.prefLabel.getURI(), 10.0),
            Map.entry(SKOS.altLabel.getURI(), 8.0),
            Map.entry(FOAF.name.getURI(), 8.0),
            Map.entry(DCTerms.title.getURI(), 7.0),
            Map.entry(RDFS.comment.getURI(), 3.0),
            Map.entry(SKOS.definition.getURI(), 3.0),
            Map.entry(RKG.footnoteText.getURI(), 3.0),
            Map.entry(OA.exact.getURI(), 2.0));
    private static final double OTHER = 2.5;

    private static final Query TEXTS = QueryFactory.create(Prefixes.sparql() + """
            SELECT ?r ?p ?text WHERE {
              { VALUES ?p { rdfs:label skos:prefLabel skos:altLabel foaf:name dcterms:title rdfs:comment skos:definition
                            rkg:note rkg:claimText rkg:statisticText rkg:recommendationText rkg:footnoteText rkg:caseName rkg:role }
                ?r ?p ?text FILTER(isIRI(?r) && isLiteral(?text)) }
              UNION
              { ?r prov:wasDerivedFrom/oa:hasSelector/oa:exact ?text BIND(oa:exact AS ?p) FILTER(isIRI(?r)) }
            }""");

    record Entry(String iri, String property, String text, String[] tokens) {}
    public record Hit(String iri, String label, double score, String matched) {}

    private static final Query PEOPLE = QueryFactory.create(Prefixes.sparql() + "SELECT ?p WHERE { ?p a rkg:Person }");

    /** What is searched, for one version of the data: the texts, a name for each resource, and who is a person. */
    private record Index(List<Entry> entries, Map<String, String> labels, Set<String> people) {}

    private final PerVersion<Index> index;

    public SearchIndex(KnowledgeGraph kg, Duration timeout) {
        this.index = new PerVersion<>(kg, g -> build(g, timeout));
    }

    public List<Hit> search(String query, int limit) {
        Index idx = index.get();
        String[] wanted = tokens(query);
        if (wanted.length == 0) return List.of();
        String phrase = String.join(" ", wanted);
        Map<String, Hit> best = new HashMap<>();
        for (Entry e : idx.entries()) {
            double s = score(wanted, e.tokens());
            if (s <= 0) continue;
            // A match that covers most of a short name beats one word in a long title.
            s *= 0.5 + 0.5 * Math.min(1.0, (double) wanted.length / e.tokens().length);
            if (idx.people().contains(e.iri())) s *= 1.3;
            if (String.join(" ", e.tokens()).contains(phrase)) s *= 1.5;
            if (String.join(" ", e.tokens()).equals(phrase)) s *= 2;
            s *= WEIGHT.getOrDefault(e.property(), OTHER);
            Hit h = best.get(e.iri());
            if (h == null || h.score() < s) best.put(e.iri(), new Hit(e.iri(), idx.labels().getOrDefault(e.iri(), e.iri()), s, e.text()));
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

    static String[] tokens(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty()).toArray(String[]::new);
    }

    private static Index build(KnowledgeGraph kg, Duration timeout) {
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
        var persons = new HashSet<String>();
        kg.query(PEOPLE, timeout, qe -> { qe.execSelect().forEachRemaining(row -> persons.add(row.getResource("p").getURI())); return null; });
        return new Index(List.copyOf(list), Map.copyOf(names), Set.copyOf(persons));
    }
}
