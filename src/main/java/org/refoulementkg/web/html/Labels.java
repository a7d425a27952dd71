package org.refoulementkg.web.html;

import java.util.Locale;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.vocab.RKG;

/**
 * Human names for resources in a model (English label first, then any; a footnote by its number) and links that
 * show them.
 *
 * <pre>{@code
 * String html = new Labels(new Links(RKG.BASE)).link(model, model.getResource(RKG.ID + "state/france"));
 * }</pre>
 */
public final class Labels {
    private static final Property[] NAMES = {RDFS.label, SKOS.prefLabel, DCTerms.title};

    private final Links links;

    public Labels(Links links) { this.links = links; }

    public Links links() { return links; }

    public String label(Model m, Resource r) {
        for (Property p : NAMES) {
            String s = pick(m, r, p);
            if (s != null) return s;
        }
        Statement n = r.isURIResource() ? m.getProperty(r, RKG.footnoteNumber) : null;
        if (n != null) return "Footnote " + n.getLiteral().getLexicalForm();
        if (!r.isURIResource()) return "(unnamed)";
        String iri = r.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        if (cut < 0 || cut == iri.length() - 1) return iri;
        String local = iri.substring(cut + 1);
        // a class of another vocabulary, its labels not loaded: its prefixed name, so that schema:Person and
        // foaf:Person beside our own "person" tell which is which (a property reads better in words)
        if (Character.isUpperCase(local.charAt(0)) && !iri.startsWith(RKG.BASE) && !iri.startsWith(links.base()))
            return Prefixes.compact(iri).orElse(local);
        return words(local);
    }

    /**
     * A camelCase name as words ("wasDerivedFrom" → "was derived from"), for terms of vocabularies whose labels are
     * not loaded and for a query's column names; slugs and other names stay as they are.
     */
    public static String words(String name) {
        if (!name.matches("[a-z]+([A-Z][a-z0-9]*)+")) return name;
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** A link to a node with its label, or the escaped literal. */
    public String link(Model m, RDFNode n) {
        if (n.isURIResource()) return links.to(n.asResource().getURI(), label(m, n.asResource())) + translation(m, n.asResource());
        if (n.isLiteral()) return literal(n.asLiteral());
        if (n.asNode().isTripleTerm()) { // a triple term (RDF 1.2), e.g. what a statement reifier reifies: subject — property — value
            var t = m.asStatement(n.asNode().getTriple());
            return "<span class=\"triple\">" + link(m, t.getSubject()) + " — " + link(m, t.getPredicate()) + " — " + link(m, t.getObject()) + "</span>";
        }
        return Html.esc(label(m, n.asResource()));
    }

    /**
     * A source title's English rendering beside it, marked as the project's editorial translation (not the briefing's
     * words); nothing for a resource without one.
     */
    public static String translation(Model m, Resource r) {
        Statement t = m.getProperty(r, RKG.titleTranslation);
        if (t == null || !t.getObject().isLiteral()) return "";
        return " <span class=\"translation\" title=\"editorial translation by refoulement-kg, not the briefing’s words\">(English: "
                + Html.esc(t.getLiteral().getLexicalForm()) + ")</span>";
    }

    /** A literal's text (cut after 2,000 characters) and its language tag. */
    public static String literal(Literal l) {
        String text = l.getLexicalForm();
        String shown = text.length() > 2000 ? text.substring(0, 2000) + " … (" + String.format(Locale.ROOT, "%,d", text.length()) + " characters)" : text;
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
