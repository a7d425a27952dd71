package org.refoulementkg.web.entity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.refoulementkg.store.DataVersion;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.vocab.Prefixes;

/**
 * The labels of resources (rdfs:label, skos:prefLabel, dcterms:title, a footnote's number and the sources it
 * cites). The same concepts, states, sections, footnotes and properties appear on page after page and change
 * only on reload, so what was looked up is kept for the current data version; IRIs not yet known are looked up
 * together in one VALUES query.
 *
 * <pre>{@code
 * List<Triple> labels = cache.labelsOf(List.of(NodeFactory.createURI(RKG.ID + "state/france")));
 * }</pre>
 */
final class LabelCache {
    /** Past this many resources the cache starts afresh: a bound on memory, not a tuning knob. */
    private static final int MAX_ENTRIES = 200_000;
    private static final Query LABELS = QueryFactory.create(Prefixes.sparql() + """
            CONSTRUCT { ?r ?lp ?l } WHERE {
              VALUES ?lp { rdfs:label skos:prefLabel dcterms:title rkg:footnoteNumber rkg:cites rkg:titleTranslation rkg:sectionNumber rkg:page }
              ?r ?lp ?l
            }""");
    private static final Var R = Var.alloc("r");

    private record Entries(String version, Map<Node, List<Triple>> byIri) {}

    private final KnowledgeGraph kg;
    private final Duration timeout;
    private volatile Entries entries = new Entries("", new ConcurrentHashMap<>());

    LabelCache(KnowledgeGraph kg, Duration timeout) {
        this.kg = kg;
        this.timeout = timeout;
    }

    /** The label triples of these IRIs (none for a resource without a label). */
    List<Triple> labelsOf(Collection<Node> iris) {
        Optional<String> v = kg.version().map(DataVersion::fingerprint);
        Map<Node, List<Triple>> known = v.isPresent() ? entriesFor(v.get()) : new HashMap<>(); // no version: keep nothing
        var missing = iris.stream().filter(Node::isURI).filter(n -> !known.containsKey(n)).distinct().toList();
        if (!missing.isEmpty()) {
            var found = new HashMap<Node, List<Triple>>();
            lookUp(missing).forEach(t -> found.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t));
            for (Node n : missing) known.put(n, List.copyOf(found.getOrDefault(n, List.of())));
        }
        var all = new ArrayList<Triple>();
        for (Node n : iris) all.addAll(known.getOrDefault(n, List.of()));
        return all;
    }

    private Map<Node, List<Triple>> entriesFor(String v) {
        Entries e = entries;
        if (!e.version().equals(v) || e.byIri().size() > MAX_ENTRIES) {
            e = new Entries(v, new ConcurrentHashMap<>());
            entries = e;
        }
        return e.byIri();
    }

    private List<Triple> lookUp(List<Node> iris) {
        List<Binding> rows = new ArrayList<>(iris.size());
        for (Node n : iris) rows.add(BindingFactory.binding(R, n));
        Query q = LABELS.cloneQuery();
        q.setValuesDataBlock(List.of(R), rows);
        return kg.query(q, timeout, qe -> {
            var out = new ArrayList<Triple>();
            qe.execConstructTriples().forEachRemaining(out::add);
            return out;
        });
    }
}
