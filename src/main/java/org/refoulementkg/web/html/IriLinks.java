package org.refoulementkg.web.html;

import java.util.LinkedHashMap;
import java.util.Map;

import org.refoulementkg.vocab.RKG;

/**
 * Where a page links for an IRI: canonical data IRIs to this server's {@code /id/…} pages, vocabulary terms to
 * their anchor on {@code /ontology}, anything else to itself. Also the short (prefixed) name to show.
 */
public final class IriLinks {
    private static final Map<String, String> PREFIXES = prefixes();

    private static Map<String, String> prefixes() {
        var m = new LinkedHashMap<>(RKG.PREFIXES);
        m.put("sh", "http://www.w3.org/ns/shacl#");
        return Map.copyOf(m);
    }

    private IriLinks() {}

    public static String href(String iri) {
        if (iri.startsWith(RKG.ID)) return "/id/" + iri.substring(RKG.ID.length());
        if (iri.startsWith(RKG.NS)) return "/ontology#" + iri.substring(RKG.NS.length());
        if (iri.equals(RKG.ONTOLOGY)) return "/ontology";
        return iri;
    }

    /** {@code rkg:Transfer} for a known namespace, else the full IRI. */
    public static String shortName(String iri) {
        // The longest namespace wins: person:alice, not kg:person/alice.
        String prefix = null, ns = "";
        for (var e : PREFIXES.entrySet()) {
            if (iri.startsWith(e.getValue()) && e.getValue().length() > ns.length()) { prefix = e.getKey(); ns = e.getValue(); }
        }
        return prefix == null || iri.length() == ns.length() ? iri : prefix + ":" + iri.substring(ns.length());
    }

    /** An escaped link showing the short name, with the full IRI as its title. */
    public static String link(String iri) {
        String href = href(iri);
        // Only web links: an IRI such as javascript:… or urn:… is shown, never made clickable.
        if (!href.startsWith("/") && !href.startsWith("http://") && !href.startsWith("https://"))
            return "<span class=\"iri\">" + Html.esc(shortName(iri)) + "</span>";
        return "<a href=\"" + Html.esc(href) + "\" title=\"" + Html.esc(iri) + "\">" + Html.esc(shortName(iri)) + "</a>";
    }
}
