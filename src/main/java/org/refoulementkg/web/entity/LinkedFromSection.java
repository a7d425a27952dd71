package org.refoulementkg.web.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.refoulementkg.store.Template;
import org.refoulementkg.web.html.Html;

/** Links into the resource, grouped by property (through a blank node: its owner's property → the property). */
final class LinkedFromSection implements Section {
    /** The RDF 1.1 form of statements that link here directly too. */
    private static final Set<Property> REIFICATION = Set.of(RDF.subject, RDF.predicate, RDF.object);

    @Override public List<Template> needs() { return List.of(EntityTemplates.INCOMING); }

    @Override public void render(StringBuilder b, PageModel page) {
        Map<String, Map<String, Resource>> groups = new TreeMap<>();
        page.m.listStatements(null, null, page.r).forEachRemaining(s -> {
            if (REIFICATION.contains(s.getPredicate())) return; // the statement's own link is listed already
            Resource subject = s.getSubject();
            String via = page.label(s.getPredicate());
            if (subject.isAnon()) {
                var owner = page.m.listStatements(null, null, subject).nextOptional();
                if (owner.isEmpty() || !owner.get().getSubject().isURIResource()) return;
                via = page.label(owner.get().getPredicate()) + " → " + via;
                subject = owner.get().getSubject();
            }
            if (subject.equals(page.r)) return;
            groups.computeIfAbsent(via, k -> new TreeMap<>()).put(page.byLabel(subject), subject);
        });
        if (groups.isEmpty()) return;
        b.append("<section><h2>Linked from</h2><table>");
        groups.forEach((via, subjects) -> {
            b.append("<tr><th>").append(Html.esc(via)).append("</th><td>");
            subjects.values().forEach(s -> b.append("<div>").append(page.link(s)).append("</div>"));
            b.append("</td></tr>");
        });
        b.append("</table></section>");
    }
}
