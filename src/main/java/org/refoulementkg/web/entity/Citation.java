package org.refoulementkg.web.entity;

import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.refoulementkg.vocab.PROV;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.html.Html;

/**
 * What stands behind a fact, in short: its footnotes as links (or, for words in the briefing's own voice, the
 * section), and the citation a reader copies — the briefing with section, page and footnotes, and the fact's IRI.
 */
final class Citation {
    static final String BRIEFING = "Amnesty International, Europe: The Point of No Return. Europe must immediately halt the return to Russia "
            + "of people from the North Caucasus at risk of serious human rights violations (EUR 01/7577/2024), January 2024";

    private Citation() {}

    /** The footnote numbers of the holder's references, by number. */
    static TreeMap<Integer, Resource> footnotes(PageModel page, Resource holder) {
        var out = new TreeMap<Integer, Resource>();
        for (RDFNode ref : page.m.listObjectsOfProperty(holder, PROV.wasDerivedFrom).toList()) {
            if (!ref.isResource()) continue;
            for (RDFNode fn : page.m.listObjectsOfProperty(ref.asResource(), RKG.footnote).toList()) {
                if (!fn.isURIResource()) continue;
                String n = page.str(fn.asResource(), RKG.footnoteNumber, null);
                if (n != null) out.put(Integer.parseInt(n), fn.asResource());
            }
        }
        return out;
    }

    /** The sections of the holder's references, by number, with their page. */
    static TreeMap<String, Resource> sections(PageModel page, Resource holder) {
        var out = new TreeMap<String, Resource>();
        for (RDFNode ref : page.m.listObjectsOfProperty(holder, PROV.wasDerivedFrom).toList()) {
            if (!ref.isResource()) continue;
            for (RDFNode s : page.m.listObjectsOfProperty(ref.asResource(), RKG.inSection).toList())
                if (s.isURIResource()) out.put(page.str(s.asResource(), RKG.sectionNumber, page.label(s.asResource())), s.asResource());
        }
        return out;
    }

    /** Footnote links ("fn 55"); for a fact without footnotes, the sections whose words it rests on ("§ 4.1"). */
    static String marks(PageModel page, Resource holder) {
        var b = new StringBuilder();
        footnotes(page, holder).forEach((n, fn) -> b.append(" <a class=\"fn\" href=\"").append(Html.esc(page.labels.links().href(fn.getURI())))
                .append("\" title=\"footnote ").append(n).append(" of the briefing\">fn ").append(n).append("</a>"));
        if (b.isEmpty())
            sections(page, holder).forEach((n, s) -> b.append(" <a class=\"sec\" href=\"").append(Html.esc(page.labels.links().href(s.getURI())))
                    .append("\" title=\"").append(Html.esc(page.label(s))).append(" (the briefing’s own words, no footnote)\">§ ")
                    .append(Html.esc(n)).append("</a>"));
        return b.toString();
    }

    /** The citation of a fact: the briefing, its sections with pages, its footnotes, and where the fact is published. */
    static String text(PageModel page, Resource holder, String iri) {
        var where = new TreeSet<String>();
        sections(page, holder).forEach((n, s) -> {
            String p = page.str(s, RKG.page, null);
            where.add("section " + n + (p == null ? "" : ", p. " + p));
        });
        var fns = footnotes(page, holder).keySet();
        var b = new StringBuilder(BRIEFING);
        if (!where.isEmpty()) b.append(", ").append(String.join("; ", where));
        if (!fns.isEmpty()) b.append(fns.size() == 1 ? ", footnote " : ", footnotes ")
                .append(String.join(", ", fns.stream().map(i -> String.format(Locale.ROOT, "%d", i)).toList()));
        return b.append(". Data: refoulement-kg, ").append(iri).toString();
    }

    /** A "cite" action: folded, it opens on the citation to copy. */
    static String action(PageModel page, Resource holder, String iri) {
        return "<details class=\"cite\"><summary>cite</summary><p class=\"citation\">" + Html.esc(text(page, holder, iri)) + "</p></details>";
    }
}
