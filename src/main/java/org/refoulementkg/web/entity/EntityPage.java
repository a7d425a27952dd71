package org.refoulementkg.web.entity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Labels;

/**
 * The HTML page of one resource: label and types, a timeline for people, facts grouped by property with
 * labels, each fact's provenance inline (footnote → its sources, attribution, the briefing's sentence on
 * expand), the facts resting on a footnote or source, a state's transfers by year, and incoming links.
 */
final class EntityPage {
    private static final Property DERIVED = p(RKG.PROV + "wasDerivedFrom");
    private static final Property PERSON = p(RKG.NS + "person");
    private static final Property FOOTNOTE = p(RKG.NS + "footnote");
    private static final Property CITES = p(RKG.NS + "cites");
    private static final Property SELECTOR = p(RKG.OA + "hasSelector");
    private static final Property EXACT = p(RKG.OA + "exact");
    private static final Property ATTRIBUTION = p(RKG.NS + "attribution");
    private static final Property ACCORDING = p(RKG.NS + "accordingTo");
    private static final Property HEDGE = p(RKG.NS + "hedge");
    private static final Property SECTION = p(RKG.NS + "inSection");
    private static final Property DATE_TEXT = p(RKG.NS + "dateText");
    private static final Property EDTF = p(RKG.NS + "edtf");
    private static final Property EARLIEST = p(RKG.NS + "earliest");
    private static final Property SENDING = p(RKG.NS + "sendingState");
    private static final Property FN_NUMBER = p(RKG.NS + "footnoteNumber");
    private static final Property EVENT_TYPE = p(RKG.NS + "eventType");
    private static final Property TRANSFER_TYPE = p(RKG.NS + "transferType");
    private static final Property DECISION_TYPE = p(RKG.NS + "decisionType");
    private static final Property PRECEDED_BY = p(RKG.NS + "precededBy");
    private static final Property DECIDED_BY = p(RKG.NS + "decidedBy");
    private static final Property JURISDICTION = p(RKG.NS + "jurisdiction");
    /** What belongs on a person's timeline: things that happened, were decided or were claimed — not the case study. */
    private static final List<String> TIMELINE_TYPES = List.of("Event", "Transfer", "Decision", "CriminalCharge", "CaseLaw",
            "RightOfReply", "RedNotice", "DiplomaticAssurance", "Claim");

    private final Labels labels;

    EntityPage(Labels labels) { this.labels = labels; }

    String render(Model m, String iri, String localPath) {
        Resource r = m.createResource(iri);
        String title = labels.label(m, r);
        var b = new StringBuilder();
        b.append("<article class=\"entity\"><h1>").append(Html.esc(title)).append("</h1>");
        b.append("<p class=\"types\">").append(join(m, m.listObjectsOfProperty(r, RDF.type).toList())).append("</p>");
        b.append("<p class=\"iri\">").append(Html.esc(iri)).append("</p>");
        b.append("<p class=\"alt\">Data: ");
        for (String f : new String[] {"turtle", "jsonld", "rdfxml", "ntriples"}) b.append(Html.a(localPath + "?format=" + f, f)).append(' ');
        b.append(" · Query this: ")
         .append(Html.a("/sparql?query=" + enc("DESCRIBE <" + iri + ">"), "describe"))
         .append(" ").append(Html.a("/sparql?query=" + enc("SELECT ?property ?value WHERE {\n  <" + iri + "> ?property ?value\n}"), "statements"))
         .append(" ").append(Html.a("/sparql?query=" + enc("SELECT ?subject ?property WHERE {\n  ?subject ?property <" + iri + ">\n}"), "links here"))
         .append("</p>");

        timeline(b, m, r);
        facts(b, m, r);
        provenance(b, m, r, "Where this comes from");
        restingOn(b, m, r);
        transfersByYear(b, m, r);
        incoming(b, m, r);
        b.append("</article>");
        return Html.page(title, b.toString());
    }

    private void timeline(StringBuilder b, Model m, Resource r) {
        List<Resource> events = m.listSubjectsWithProperty(PERSON, r).filterKeep(Resource::isURIResource)
                .filterKeep(e -> TIMELINE_TYPES.stream().anyMatch(t -> isA(m, e, t))).toList();
        if (events.isEmpty() || !isA(m, r, "Person")) return;
        events = chronological(m, events);
        b.append("<section><h2>Timeline</h2><ol class=\"timeline\">");
        for (Resource e : events) {
            String when = str(m, e, DATE_TEXT, null);
            String edtf = str(m, e, EDTF, null);
            b.append("<li><span class=\"when\">").append(Html.esc(edtf != null ? edtf : "date not given")).append("</span>");
            if (when != null) b.append("<span class=\"muted\">(“").append(Html.esc(when)).append("”)</span> ");
            b.append(labels.link(m, e));
            for (Property t : new Property[] {TRANSFER_TYPE, DECISION_TYPE, EVENT_TYPE}) {
                Statement s = m.getProperty(e, t);
                if (s != null) b.append(" <span class=\"muted\">— ").append(labels.link(m, s.getObject())).append("</span>");
            }
            references(b, m, e);
            b.append("</li>");
        }
        b.append("</ol></section>");
    }

    /** Dated events by their earliest bound; an undated one right after the event it is preceded by, if any. */
    private List<Resource> chronological(Model m, List<Resource> events) {
        var ordered = new ArrayList<Resource>(events.stream().filter(e -> m.contains(e, EARLIEST))
                .sorted(Comparator.comparing((Resource e) -> str(m, e, EARLIEST, "")).thenComparing(e -> byLabel(m, e))).toList());
        var pending = new ArrayList<Resource>(events.stream().filter(e -> !m.contains(e, EARLIEST))
                .sorted(Comparator.comparing(e -> byLabel(m, e))).toList());
        boolean placed = true;
        while (placed && !pending.isEmpty()) {
            placed = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                Resource e = it.next();
                Statement before = m.getProperty(e, PRECEDED_BY);
                int at = before == null ? -1 : ordered.indexOf(before.getObject());
                if (at >= 0) { ordered.add(at + 1, e); it.remove(); placed = true; }
            }
        }
        ordered.addAll(pending);
        return ordered;
    }

    private void facts(StringBuilder b, Model m, Resource r) {
        Map<Property, List<RDFNode>> byProperty = new LinkedHashMap<>();
        m.listStatements(r, null, (RDFNode) null).forEachRemaining(s -> {
            if (s.getPredicate().equals(RDF.type) || s.getPredicate().equals(DERIVED)) return;
            byProperty.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s.getObject());
        });
        if (byProperty.isEmpty()) return;
        b.append("<section><h2>Facts</h2><table>");
        byProperty.entrySet().stream()
                .sorted(Comparator.comparing(e -> labels.label(m, e.getKey())))
                .forEach(e -> {
                    b.append("<tr><th>").append(labels.link(m, e.getKey())).append("</th><td>");
                    var cells = new ArrayList<String>();
                    for (RDFNode v : e.getValue()) {
                        var cell = new StringBuilder("<div>");
                        if (v.isAnon()) structured(cell, m, v.asResource());
                        else cell.append(labels.link(m, v));
                        cells.add(cell.append("</div>").toString());
                    }
                    cells.sort(null); // blank nodes come back in any order: sort for a stable page
                    cells.forEach(b::append);
                    b.append("</td></tr>");
                });
        b.append("</table></section>");
    }

    /** A blank node under the resource (a family tie, say): its values inline, with its own provenance. */
    private void structured(StringBuilder b, Model m, Resource node) {
        var parts = new ArrayList<String>();
        m.listStatements(node, null, (RDFNode) null).forEachRemaining(s -> {
            if (s.getPredicate().equals(RDF.type) || s.getPredicate().equals(DERIVED)) return;
            parts.add(labels.link(m, s.getPredicate()) + ": " + (s.getObject().isAnon() ? "…" : labels.link(m, s.getObject())));
        });
        parts.sort(null);
        b.append(String.join("; ", parts));
        references(b, m, node);
    }

    private void provenance(StringBuilder b, Model m, Resource r, String heading) {
        if (!m.contains(r, DERIVED)) return;
        b.append("<section><h2>").append(Html.esc(heading)).append("</h2>");
        references(b, m, r);
        b.append("</section>");
    }

    /** Each reference: footnote(s) → cited sources, attribution, section, and the briefing's words on expand. */
    private void references(StringBuilder out, Model m, Resource holder) {
        var rendered = new ArrayList<String>();
        for (RDFNode refNode : m.listObjectsOfProperty(holder, DERIVED).toList()) {
            if (!refNode.isResource()) continue;
            Resource ref = refNode.asResource();
            var b = new StringBuilder();
            b.append("<div class=\"prov\">");
            for (RDFNode fn : sorted(m.listObjectsOfProperty(ref, FOOTNOTE).toList())) {
                if (!fn.isURIResource()) continue;
                String number = str(m, fn.asResource(), FN_NUMBER, labels.label(m, fn.asResource()));
                b.append("<span class=\"fn\">").append(Html.a(labels.href(fn.asResource().getURI()), "fn " + number)).append("</span>");
                for (RDFNode src : sorted(m.listObjectsOfProperty(fn.asResource(), CITES).toList()))
                    b.append(labels.link(m, src)).append(" ");
            }
            String attribution = m.listObjectsOfProperty(ref, ATTRIBUTION).toList().stream().map(a -> labels.label(m, a.asResource())).findFirst().orElse(null);
            String hedge = str(m, ref, HEDGE, null);
            List<RDFNode> who = sorted(m.listObjectsOfProperty(ref, ACCORDING).toList());
            if (attribution != null || !who.isEmpty()) {
                b.append("<span class=\"attr\">").append(Html.esc(attribution == null ? "" : attribution));
                if (hedge != null) b.append(" (“").append(Html.esc(hedge)).append("”)");
                if (!who.isEmpty()) b.append(" — according to ").append(join(m, who));
                b.append("</span> ");
            }
            Statement section = m.getProperty(ref, SECTION);
            if (section != null) b.append(" · ").append(labels.link(m, section.getObject())).append(" ");
            for (RDFNode sel : m.listObjectsOfProperty(ref, SELECTOR).toList()) {
                String exact = sel.isResource() ? str(m, sel.asResource(), EXACT, null) : null;
                if (exact != null)
                    b.append("<details><summary>the briefing’s words</summary><blockquote>").append(Html.esc(exact)).append("</blockquote></details>");
            }
            rendered.add(b.append("</div>").toString());
        }
        rendered.sort(null); // a stable order: references are blank nodes, which come back in any order
        rendered.forEach(out::append);
    }

    private void restingOn(StringBuilder b, Model m, Resource r) {
        if (!isA(m, r, "Footnote") && !isA(m, r, "Source")) return;
        var facts = new TreeMap<String, Resource>();
        m.listSubjectsWithProperty(DERIVED).forEachRemaining(s -> {
            if (!s.isURIResource()) return;
            for (RDFNode ref : m.listObjectsOfProperty(s, DERIVED).toList())
                for (RDFNode fn : m.listObjectsOfProperty(ref.asResource(), FOOTNOTE).toList())
                    if (fn.equals(r) || m.contains(fn.asResource(), CITES, r)) facts.put(byLabel(m, s), s);
        });
        b.append("<section><h2>Facts resting on this ").append(isA(m, r, "Footnote") ? "footnote" : "source")
         .append(" (").append(facts.size()).append(")</h2><ul>");
        facts.values().forEach(f -> b.append("<li>").append(labels.link(m, f)).append("</li>"));
        b.append("</ul></section>");
    }

    private void transfersByYear(StringBuilder b, Model m, Resource r) {
        byYear(b, m, "Transfers by year", m.listSubjectsWithProperty(SENDING, r).toList());
        if (!isA(m, r, "State")) return;
        var decisions = new ArrayList<Resource>();
        m.listSubjectsWithProperty(DECIDED_BY).forEachRemaining(d -> {
            for (RDFNode body : m.listObjectsOfProperty(d, DECIDED_BY).toList())
                if (body.isResource() && m.contains(body.asResource(), JURISDICTION, r)) { decisions.add(d); return; }
        });
        byYear(b, m, "Decisions of its courts and authorities by year", decisions);
    }

    private void byYear(StringBuilder b, Model m, String heading, List<Resource> items) {
        var byYear = new TreeMap<String, List<Resource>>();
        for (Resource t : items) {
            String earliest = str(m, t, EARLIEST, null);
            byYear.computeIfAbsent(earliest == null ? "date not given" : earliest.substring(0, 4), k -> new ArrayList<>()).add(t);
        }
        if (byYear.isEmpty()) return;
        byYear.values().forEach(list -> list.sort(Comparator.comparing(e -> byLabel(m, e))));
        b.append("<section><h2>").append(Html.esc(heading)).append("</h2><table>");
        byYear.forEach((year, ts) -> {
            b.append("<tr><th>").append(Html.esc(year)).append("</th><td>");
            ts.forEach(t -> b.append("<div>").append(labels.link(m, t)).append("</div>"));
            b.append("</td></tr>");
        });
        b.append("</table></section>");
    }

    private void incoming(StringBuilder b, Model m, Resource r) {
        Map<String, Map<String, Resource>> groups = new TreeMap<>();
        m.listStatements(null, null, r).forEachRemaining(s -> {
            Resource subject = s.getSubject();
            String via = labels.label(m, s.getPredicate());
            if (subject.isAnon()) {
                var owner = m.listStatements(null, null, subject).nextOptional();
                if (owner.isEmpty() || !owner.get().getSubject().isURIResource()) return;
                via = labels.label(m, owner.get().getPredicate()) + " → " + via;
                subject = owner.get().getSubject();
            }
            if (subject.equals(r)) return;
            groups.computeIfAbsent(via, k -> new TreeMap<>()).put(byLabel(m, subject), subject);
        });
        if (groups.isEmpty()) return;
        b.append("<section><h2>Linked from</h2><table>");
        groups.forEach((via, subjects) -> {
            b.append("<tr><th>").append(Html.esc(via)).append("</th><td>");
            subjects.values().forEach(s -> b.append("<div>").append(labels.link(m, s)).append("</div>"));
            b.append("</td></tr>");
        });
        b.append("</table></section>");
    }

    private String join(Model m, List<RDFNode> nodes) {
        var parts = new ArrayList<String>();
        for (RDFNode n : nodes) parts.add(labels.link(m, n));
        parts.sort(null);
        return String.join(", ", parts);
    }

    /**
     * A sort key: the label, then the IRI. Two resources may share a label (two people of the same name, and their
     * events): both are listed, always in the same order.
     */
    private String byLabel(Model m, Resource r) {
        return labels.label(m, r) + "\u0000" + r;
    }

    private static List<RDFNode> sorted(List<RDFNode> nodes) {
        return nodes.stream().sorted(Comparator.comparing(RDFNode::toString)).toList();
    }

    private static boolean isA(Model m, Resource r, String localClass) {
        return m.contains(r, RDF.type, m.createResource(RKG.NS + localClass));
    }

    private static String str(Model m, Resource r, Property p, String fallback) {
        Statement s = m.getProperty(r, p);
        return s != null && s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : fallback;
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static Property p(String iri) { return ResourceFactory.createProperty(iri); }
}
