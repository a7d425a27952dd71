package org.refoulementkg.web.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.refoulementkg.store.Template;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.vocab.PROV;
import org.refoulementkg.vocab.RKG;

/**
 * The resource's facts grouped by property, with labels. A fact that is a statement of its own (an RDF 1.2 reifier:
 * a case's outcome, a person's origin) shows that statement's references under it, with a link to the statement's
 * page; a blank node under the resource (a family tie) shows inline with its own provenance.
 */
final class FactsSection implements Section {
    /** Shown on the statement's own page instead ({@link StatementSection}), or the provenance machinery itself. */
    private static final Set<Property> NOT_FACTS = Set.of(RDF.type, PROV.wasDerivedFrom, RDF.reifies, RDF.subject, RDF.predicate, RDF.object);

    @Override public List<Template> needs() { return List.of(EntityTemplates.STATEMENTS); }

    @Override public void render(StringBuilder b, PageModel page) {
        Map<Property, List<RDFNode>> byProperty = new LinkedHashMap<>();
        page.m.listStatements(page.r, null, (RDFNode) null).forEachRemaining(s -> {
            if (NOT_FACTS.contains(s.getPredicate())) return;
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
                        var stmt = v.isAnon() ? java.util.Optional.<Resource>empty() : page.statement(page.r, e.getKey(), v);
                        var cell = new StringBuilder(stmt.map(st -> "<div id=\"statement-" + Html.esc(PageModel.slug(st)) + "\">").orElse("<div>"));
                        if (v.isAnon()) structured(cell, page, v.asResource());
                        else {
                            cell.append(page.link(v));
                            if (e.getKey().equals(RKG.titleTranslation))
                                cell.append(" <span class=\"muted\">(editorial translation by refoulement-kg, not the briefing’s words)</span>");
                            stmt.ifPresent(st -> {
                                cell.append(" <a class=\"stmt\" href=\"").append(Html.esc(page.labels.links().href(st.getURI())))
                                    .append("\" title=\"this statement, its sources and how to cite it\">statement</a>");
                                References.render(cell, page, st);
                                cell.append(Citation.action(page, st, st.getURI()));
                            });
                        }
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
            if (NOT_FACTS.contains(s.getPredicate())) return;
            parts.add(page.link(s.getPredicate()) + ": " + (s.getObject().isAnon() ? "…" : page.link(s.getObject())));
        });
        parts.sort(null);
        b.append(String.join("; ", parts));
        References.render(b, page, node);
    }
}
