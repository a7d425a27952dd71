package org.refoulementkg.web.entity;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.refoulementkg.vocab.OA;
import org.refoulementkg.vocab.PROV;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.html.Html;

/**
 * A fact's provenance inline: each reference's footnote(s) → cited sources, attribution, section, and the briefing's
 * words on expand. A page shows each reference in full once (with an anchor); where the same reference stands behind
 * another fact, that fact gets its footnote numbers and a link back to it.
 */
final class References {
    private References() {}

    static void render(StringBuilder out, PageModel page, Resource holder) {
        var m = page.m;
        record Rendered(String full, String marks) {}
        var rendered = new ArrayList<Rendered>();
        for (RDFNode refNode : m.listObjectsOfProperty(holder, PROV.wasDerivedFrom).toList()) {
            if (!refNode.isResource()) continue;
            Resource ref = refNode.asResource();
            var b = new StringBuilder();
            var marks = new StringBuilder();
            for (RDFNode fn : PageModel.sorted(m.listObjectsOfProperty(ref, RKG.footnote).toList())) {
                if (!fn.isURIResource()) continue;
                String number = page.str(fn.asResource(), RKG.footnoteNumber, page.label(fn.asResource()));
                String mark = "<span class=\"fn\">" + page.labels.links().to(fn.asResource().getURI(), "fn " + number) + "</span>";
                b.append(mark);
                marks.append(mark).append(' ');
                for (RDFNode src : PageModel.sorted(m.listObjectsOfProperty(fn.asResource(), RKG.cites).toList()))
                    b.append(page.link(src)).append(" ");
            }
            String attribution = m.listObjectsOfProperty(ref, RKG.attribution).toList().stream().map(a -> page.label(a.asResource())).findFirst().orElse(null);
            String hedge = page.str(ref, RKG.hedge, null);
            List<RDFNode> who = PageModel.sorted(m.listObjectsOfProperty(ref, RKG.accordingTo).toList());
            if (attribution != null || !who.isEmpty()) {
                b.append("<span class=\"attr\">").append(Html.esc(attribution == null ? "" : attribution));
                if (hedge != null) b.append(" (“").append(Html.esc(hedge)).append("”)");
                if (!who.isEmpty()) b.append(" — according to ").append(page.join(who));
                b.append("</span> ");
                if (attribution != null) marks.append("<span class=\"attr\">").append(Html.esc(attribution)).append("</span>");
            }
            Statement section = m.getProperty(ref, RKG.inSection);
            if (section != null) b.append(" · ").append(page.link(section.getObject())).append(" ");
            for (RDFNode sel : m.listObjectsOfProperty(ref, OA.hasSelector).toList()) {
                String exact = sel.isResource() ? page.str(sel.asResource(), OA.exact, null) : null;
                if (exact != null)
                    b.append("<details><summary>the briefing’s words</summary><blockquote>").append(Html.esc(exact)).append("</blockquote></details>");
            }
            rendered.add(new Rendered(b.toString(), marks.toString()));
        }
        // a stable order: references are blank nodes, which come back in any order
        rendered.sort((x, y) -> x.full().compareTo(y.full()));
        for (Rendered r : rendered) {
            String anchor = page.shownReferences.get(r.full());
            if (anchor != null) {
                out.append("<div class=\"prov again\">").append(r.marks())
                   .append(" <a href=\"#").append(anchor).append("\">the same passage as above</a></div>");
            } else {
                anchor = "ref-" + (page.shownReferences.size() + 1);
                page.shownReferences.put(r.full(), anchor);
                out.append("<div class=\"prov\" id=\"").append(anchor).append("\">").append(r.full()).append("</div>");
            }
        }
    }
}
