package org.refoulementkg.web.html;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.refoulementkg.vocab.RKG;

/** Human names for resources (English label first) and local links for canonical IRIs. */
public final class Labels {
    private static final Property PREF = org.apache.jena.rdf.model.ResourceFactory.createProperty(RKG.SKOS + "prefLabel");
    private static final Property TITLE = org.apache.jena.rdf.model.ResourceFactory.createProperty(RKG.DCTERMS + "title");
    private static final Property FN_NUMBER = org.apache.jena.rdf.model.ResourceFactory.createProperty(RKG.NS + "footnoteNumber");

    private final String base;

    /** @param base the canonical base of the data's IRIs (e.g. https://w3id.org/refoulement-kg/) */
    public Labels(String base) { this.base = base; }

    public String label(Model m, Resource r) {
        for (Property p : new Property[] {RDFS.label, PREF, TITLE}) {
            String s = pick(m, r, p);
            if (s != null) return s;
        }
        Statement n = r.isURIResource() ? m.getProperty(r, FN_NUMBER) : null;
        if (n != null) return "Footnote " + n.getLiteral().getLexicalForm();
        if (!r.isURIResource()) return "(unnamed)";
        String iri = r.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** Where a browser should go for an IRI: our pages for our IRIs, the IRI itself otherwise. */
    public String href(String iri) {
        if (iri.startsWith(base + "id/")) return "/id/" + iri.substring(base.length() + 3);
        if (iri.startsWith(RKG.NS)) return "/ontology#" + iri.substring(RKG.NS.length());
        if (iri.equals(RKG.ONTOLOGY)) return "/ontology";
        return iri;
    }

    /** A link to a node with its label, or the escaped literal. */
    public String link(Model m, RDFNode n) {
        if (n.isURIResource()) return Html.a(href(n.asResource().getURI()), label(m, n.asResource()));
        if (n.isLiteral()) return literal(n.asLiteral());
        return Html.esc(label(m, n.asResource()));
    }

    public static String literal(org.apache.jena.rdf.model.Literal l) {
        String text = l.getLexicalForm();
        String shown = text.length() > 2000 ? text.substring(0, 2000) + " … (" + String.format("%,d", text.length()) + " characters)" : text;
        String lang = l.getLanguage();
        return Html.esc(shown) + (lang.isEmpty() ? "" : " <span class=\"muted\">@" + Html.esc(lang) + "</span>");
    }

    private static String pick(Model m, Resource r, Property p) {
        String any = null;
        var it = m.listStatements(r, p, (RDFNode) null);
        try {
            while (it.hasNext()) {
                RDFNode o = it.next().getObject();
                if (!o.isLiteral()) continue;
                String lang = o.asLiteral().getLanguage();
                if (lang.equals("en")) return o.asLiteral().getLexicalForm();
                if (any == null || lang.isEmpty()) any = o.asLiteral().getLexicalForm();
            }
        } finally {
            it.close();
        }
        return any;
    }
}
