package org.refoulementkg.web.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.refoulementkg.vocab.PROV;

/** The resource's facts grouped by property, with labels; a blank node under it (a family tie) inline with its own provenance. */
final class FactsSection implements Section {
    @Override public void render(StringBuilder b, PageModel page) {
        Map<Property, List<RDFNode>> byProperty = new LinkedHashMap<>();
        page.m.listStatements(page.r, null, (RDFNode) null).forEachRemaining(s -> {
            if (s.getPredicate().equals(RDF.type) || s.getPredicate().equals(PROV.wasDerivedFrom)) return;
            byProperty.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s.getObject());
        });
        if (byProperty.isEmpty()) return;
        b.append("<section><h2>Facts</h2><table>");
        byProperty.entrySet().stream()
                .sorted(Comparator.comparing(e -> page.label(e.getKey())))
                .forEach(e -> {
                    b.append("<tr><th>").append(page.link(e.getKey())).append("</th><td>");
                    var cells = new ArrayList<String>();
                    for (RDFNode v : e.getValue()) {
                        var cell = new StringBuilder("<div>");
                        if (v.isAnon()) structured(cell, page, v.asResource());
                        else cell.append(page.link(v));
                        cells.add(cell.append("</div>").toString());
                    }
                    cells.sort(null); // blank nodes come back in any order: sort for a stable page
                    cells.forEach(b::append);
                    b.append("</td></tr>");
                });
        b.append("</table></section>");
    }

    private static void structured(StringBuilder b, PageModel page, Resource node) {
        var parts = new ArrayList<String>();
        page.m.listStatements(node, null, (RDFNode) null).forEachRemaining(s -> {
            if (s.getPredicate().equals(RDF.type) || s.getPredicate().equals(PROV.wasDerivedFrom)) return;
            parts.add(page.link(s.getPredicate()) + ": " + (s.getObject().isAnon() ? "…" : page.link(s.getObject())));
        });
        parts.sort(null);
        b.append(String.join("; ", parts));
        References.render(b, page, node);
    }
}
