package org.refoulementkg.web;

import org.apache.jena.shared.PrefixMapping;
import org.refoulementkg.vocab.RKG;

/**
 * Where a page links for an IRI: canonical data IRIs to this server's {@code /id/…} pages, vocabulary terms to
 * their anchor on {@code /ontology}, anything else to itself. Also the short (prefixed) name to show.
 */
final class IriLinks {
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(RKG.PREFIXES).lock();

    private IriLinks() {}

    static String href(String iri) {
        if (iri.startsWith(RKG.ID)) return "/id/" + iri.substring(RKG.ID.length());
        if (iri.startsWith(RKG.NS)) return "/ontology#" + iri.substring(RKG.NS.length());
        if (iri.equals(RKG.ONTOLOGY)) return "/ontology";
        return iri;
    }

    /** {@code rkg:Transfer} for a known namespace, else the full IRI. */
    static String shortName(String iri) {
        String s = PREFIXES.shortForm(iri);
        return s == null ? iri : s;
    }

    /** An escaped link showing the short name, with the full IRI as its title. */
    static String link(String iri) {
        String href = href(iri);
        // Only web links: an IRI such as javascript:… or urn:… is shown, never made clickable.
        if (!href.startsWith("/") && !href.startsWith("http://") && !href.startsWith("https://"))
            return "<span class=\"iri\">" + Html.esc(shortName(iri)) + "</span>";
        return "<a href=\"" + Html.esc(href) + "\" title=\"" + Html.esc(iri) + "\">" + Html.esc(shortName(iri)) + "</a>";
    }
}
