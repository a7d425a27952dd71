package org.refoulementkg.web.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.refoulementkg.store.Template;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.html.Html;

/**
 * A person at a glance, at the top of their page: where they are from, who sent them where, when and how, and what
 * happened — each line with the footnotes behind it (a statement's own references; a transfer's references) and a
 * link to the statement. Shown for the person of a case study.
 */
final class SummarySection implements Section {
    @Override public boolean shownFor(Set<Resource> types) { return types.contains(RKG.Person); }

    @Override public List<Template> needs() { return List.of(EntityTemplates.ABOUT_PERSON, EntityTemplates.CASE_STATEMENTS); }

    @Override public void render(StringBuilder b, PageModel page) {
        Resource c = page.m.listSubjectsWithProperty(RKG.person, page.r).filterKeep(x -> page.isA(x, RKG.CaseStudy)).nextOptional().orElse(null);
        if (c == null) return;
        b.append("<section class=\"summary\" aria-labelledby=\"at-a-glance\"><h2 id=\"at-a-glance\">At a glance</h2><dl>");
        line(b, page, "Origin", "origin", page.r, RKG.origin);
        line(b, page, "Nationality", "nationality", page.r, RKG.nationality);
        List<Resource> transfers = page.m.listSubjectsWithProperty(RKG.person, page.r).filterKeep(x -> page.isA(x, RKG.Transfer)).toList();
        if (!transfers.isEmpty()) {
            b.append("<dt>Returned</dt><dd class=\"returned\">");
            for (Resource t : transfers.stream().sorted(Comparator.comparing((Resource t) -> page.str(t, RKG.earliest, "9999")).thenComparing(page::byLabel)).toList()) {
                b.append("<div>");
                String edtf = page.str(t, RKG.edtf, null), text = page.str(t, RKG.dateText, null);
                b.append("<span class=\"when\">").append(Html.esc(edtf == null ? "date not given" : edtf)).append("</span> ");
                if (text != null) b.append("<span class=\"muted\">(“").append(Html.esc(text)).append("”)</span> ");
                b.append(values(page, t, RKG.sendingState)).append(" — ").append(values(page, t, RKG.transferType))
                 .append(" to ").append(values(page, t, RKG.destination))
                 .append(" <span class=\"muted\">(").append(page.link(t)).append(")</span>")
                 .append(Citation.marks(page, t)).append("</div>");
            }
            b.append("</dd>");
        } else line(b, page, "Returned", "status", c, RKG.status);
        line(b, page, "Outcome", "outcome", c, RKG.outcome);
        line(b, page, "Risk profile", "risk", c, RKG.riskProfile);
        b.append("<dt>Case study</dt><dd>").append(page.link(c)).append(Citation.marks(page, c)).append("</dd>");
        b.append("</dl></section>");
    }

    /** One line per value of {@code s p ?o}, each with its statement's footnotes and a link to the statement. */
    private static void line(StringBuilder b, PageModel page, String title, String css, Resource s, Property p) {
        List<RDFNode> values = page.m.listObjectsOfProperty(s, p).toList();
        if (values.isEmpty()) return;
        b.append("<dt>").append(Html.esc(title)).append("</dt><dd class=\"").append(css).append("\">");
        for (RDFNode v : values.stream().sorted(Comparator.comparing(page::link)).toList()) {
            b.append("<div>").append(page.link(v));
            page.statement(s, p, v).ifPresent(st -> b.append(Citation.marks(page, st))
                    .append(" <a class=\"stmt\" href=\"").append(Html.esc(page.labels.links().href(st.getURI())))
                    .append("\" title=\"this statement, its sources and how to cite it\">statement</a>"));
            b.append("</div>");
        }
        b.append("</dd>");
    }

    private static String values(PageModel page, Resource x, Property p) {
        var out = new StringBuilder();
        for (Statement st : page.m.listStatements(x, p, (RDFNode) null).toList()) {
            if (!out.isEmpty()) out.append(", ");
            out.append(page.link(st.getObject()));
        }
        return out.isEmpty() ? "<span class=\"muted\">not given</span>" : out.toString();
    }
}
