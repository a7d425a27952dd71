package org.refoulementkg.web.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.http.Formats;

/**
 * Every link a page makes: canonical data IRIs ({@code <base>id/…}) to this server's {@code /id/…} pages, vocabulary
 * terms to their anchor on {@code /ontology}, other web IRIs to themselves; only web links are ever clickable (an IRI
 * such as {@code javascript:…} or {@code urn:…} is shown as text). Also the links that run a query on the query page
 * and the links to a resource's other formats. Text and targets are escaped.
 *
 * <pre>{@code
 * var links = new Links(RKG.BASE);
 * links.iri(RKG.ID + "state/france");     // <a href="/id/state/france" title="…">state:france</a>
 * Links.query("SELECT * WHERE { ?s ?p ?o }");
 * }</pre>
 */
public final class Links {
    private final String base;
    private final String idBase;

    /** @param base the canonical base of the data's IRIs (e.g. https://w3id.org/refoulement-kg/) */
    public Links(String base) {
        this.base = base;
        this.idBase = base + "id/";
    }

    /** The canonical base this server answers for. */
    public String base() { return base; }

    /** Where a browser should go for an IRI: our pages for our IRIs, the IRI itself otherwise. */
    public String href(String iri) {
        if (iri.startsWith(idBase)) return "/id/" + iri.substring(idBase.length());
        if (iri.startsWith(RKG.NS)) return "/ontology#" + iri.substring(RKG.NS.length());
        if (iri.equals(RKG.ONTOLOGY)) return "/ontology";
        return iri;
    }

    /** A link showing the IRI's short name ({@code rkg:Transfer}), with the full IRI as its title. */
    public String iri(String iri) {
        String shown = Prefixes.compact(iri).orElse(iri);
        String href = href(iri);
        if (!isWeb(href)) return "<span class=\"iri\">" + Html.esc(shown) + "</span>";
        return "<a href=\"" + Html.esc(href) + "\" title=\"" + Html.esc(iri) + "\">" + Html.esc(shown) + "</a>";
    }

    /** A link to the IRI's page with the given text. */
    public String to(String iri, String text) {
        String href = href(iri);
        return isWeb(href) ? Html.a(href, text) : Html.esc(text);
    }

    /** The query page, opened on this query and running it: a shareable link. */
    public static String query(String sparql) {
        return "/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Links to {@code path} in each of these formats ({@code ?format=turtle}), named as people read them. */
    public static String formats(String path, List<Lang> langs) {
        var parts = new ArrayList<String>();
        for (Lang l : langs) parts.add(Html.a(path + "?format=" + Formats.name(l), Formats.label(l)));
        return String.join(" ", parts);
    }

    private static boolean isWeb(String href) {
        return href.startsWith("/") || href.startsWith("http://") || href.startsWith("https://");
    }
}
