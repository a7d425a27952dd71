package org.refoulementkg.web.pictures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.web.facets.FacetQueries;
import org.refoulementkg.web.facets.FacetValues;
import org.refoulementkg.web.facets.Page;
import org.refoulementkg.web.facets.Selection;

/**
 * What the cross-case timeline shows: one lane per person the selection leaves, and in it every dated event, decision or
 * claim about them (anything with the person as {@code rkg:person} and an {@code rkg:earliest} bound) — only those of the
 * chosen kinds and attributions when the event facets are chosen, as in the list of events — with its bounds, its date
 * as printed, its kind and the footnotes (or sections) behind it.
 */
final class Timeline {
    enum Kind { TRANSFER, DECISION, EVENT }

    record Mark(String iri, String label, LocalDate start, LocalDate end, String edtf, String dateText, Kind kind, String kindLabel,
                String footnotes, String sections) {
        /** Known to the day: a point; else a span over the whole period the date allows. */
        boolean isDay() { return !end.isAfter(start); }
    }

    record Lane(String person, String name, List<Mark> marks) {}

    /** The invasion of Ukraine, if the data has it: the line across every lane. */
    record Marker(String iri, String label, LocalDate date, String footnotes) {}

    private static final String EVENTS = """
            SELECT ?person ?name ?e ?label ?start ?end ?edtf ?dateText ?kind (SAMPLE(?kl) AS ?kindLabel)
                   (GROUP_CONCAT(DISTINCT ?n; separator=", ") AS ?footnotes) (GROUP_CONCAT(DISTINCT ?sn; separator=", ") AS ?sections)
            WHERE {
              %s
              %s
              ?e rkg:person ?person ; rkg:earliest ?start .
              FILTER(isIRI(?e))
              OPTIONAL { ?e rkg:latest ?latest }
              BIND(COALESCE(?latest, ?start) AS ?end)
              OPTIONAL { ?e rdfs:label ?el } BIND(STR(COALESCE(?el, STR(?e))) AS ?label)
              OPTIONAL { ?e rkg:edtf ?edtfValue } BIND(STR(?edtfValue) AS ?edtf)
              OPTIONAL { ?e rkg:dateText ?dateText }
              # not IF(EXISTS …): Virtuoso 7 answers "event" for some decisions in this query
              OPTIONAL { ?e a rkg:Transfer BIND("transfer" AS ?isTransfer) }
              OPTIONAL { ?e a rkg:Decision BIND("decision" AS ?isDecision) }
              BIND(COALESCE(?isTransfer, ?isDecision, "event") AS ?kind)
              OPTIONAL { ?e rkg:transferType|rkg:decisionType ?specific }
              OPTIONAL { ?e rkg:eventType ?general }
              BIND(COALESCE(?specific, ?general) AS ?k)
              OPTIONAL { ?k skos:prefLabel ?klLang BIND(STR(?klLang) AS ?kl) }
              # each its own OPTIONAL: a group in which ?n is unbound for some rows gets no GROUP_CONCAT at all from Jena
              OPTIONAL { ?e prov:wasDerivedFrom/rkg:footnote/rkg:footnoteNumber ?fn BIND(STR(?fn) AS ?n) }
              OPTIONAL { ?e prov:wasDerivedFrom/rkg:inSection/rkg:sectionNumber ?sn }
            }
            GROUP BY ?person ?name ?e ?label ?start ?end ?edtf ?dateText ?kind
            ORDER BY ?name ?person ?start ?label""";

    private static final Query INVASION = QueryFactory.create(Prefixes.sparql() + """
            SELECT ?e ?label ?start (GROUP_CONCAT(DISTINCT ?n; separator=", ") AS ?footnotes) WHERE {
              VALUES ?e { <https://w3id.org/refoulement-kg/id/event/russian-full-scale-invasion-of-ukraine-2022> }
              ?e rdfs:label ?l ; rkg:earliest ?start BIND(STR(?l) AS ?label)
              OPTIONAL { ?e prov:wasDerivedFrom/rkg:footnote/rkg:footnoteNumber ?fn BIND(STR(?fn) AS ?n) }
            } GROUP BY ?e ?label ?start""");

    private Timeline() {}

    /** The events of a page of the selection's people: those of the chosen kinds and attributions, if any are chosen. */
    static Query query(Selection s, Page page) {
        return FacetQueries.forPeople(EVENTS.formatted(FacetQueries.peoplePageBlock(), FacetQueries.chosenEventsBlock(s)), s, page);
    }

    /**
     * The lanes of a page of the selection's people, in the order of their names; a person with no dated event has an
     * empty lane.
     */
    static List<Lane> lanes(FacetValues facets, Selection s, Page page) {
        var lanes = new LinkedHashMap<String, Lane>();
        for (QuerySolution r : facets.select(FacetQueries.peoplePage(s, page)))
            lanes.put(r.getResource("person").getURI(), new Lane(r.getResource("person").getURI(), r.getLiteral("name").getLexicalForm(), new ArrayList<>()));
        for (QuerySolution r : facets.select(query(s, page))) {
            Lane lane = lanes.get(r.getResource("person").getURI());
            if (lane == null) continue;
            LocalDate start = date(r.get("start")), end = date(r.get("end"));
            if (start == null) continue;
            lane.marks().add(new Mark(r.getResource("e").getURI(), text(r, "label"), start, end == null || end.isBefore(start) ? start : end,
                    text(r, "edtf"), text(r, "dateText"), Kind.valueOf(text(r, "kind").toUpperCase(java.util.Locale.ROOT)),
                    text(r, "kindLabel"), sorted(text(r, "footnotes")), sorted(text(r, "sections"))));
        }
        return List.copyOf(lanes.values());
    }

    static Optional<Marker> invasion(FacetValues facets) {
        for (QuerySolution r : facets.select(INVASION))
            return Optional.of(new Marker(r.getResource("e").getURI(), text(r, "label"), date(r.get("start")), text(r, "footnotes")));
        return Optional.empty();
    }

    /** A grouped list ("55, 52") in order (numbers as numbers, "4.1" after "1"): stores concatenate in any order. */
    private static String sorted(String list) {
        if (list.isBlank()) return list;
        return String.join(", ", java.util.Arrays.stream(list.split(", ")).sorted(java.util.Comparator
                .comparingDouble((String x) -> x.matches("\\d+(\\.\\d+)?") ? Double.parseDouble(x) : Double.MAX_VALUE).thenComparing(x -> x)).distinct().toList());
    }

    private static LocalDate date(RDFNode n) {
        if (n == null || !n.isLiteral()) return null;
        try {
            return LocalDate.parse(n.asLiteral().getLexicalForm());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    static Map<Kind, String> KIND_NAMES = Map.of(Kind.TRANSFER, "transfer", Kind.DECISION, "decision", Kind.EVENT, "other event");
}
