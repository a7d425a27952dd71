package org.refoulementkg.web.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Content negotiation with Jena's {@link AcceptList}: q-values honoured, the first offer wins ties and
 * {@code *}{@code /*}. A {@code format} parameter (a short name or a media type) overrides Accept.
 */
public final class Formats {
    private Formats() {}

    /** Result formats for SELECT and ASK, preferred first. */
    public static final List<Lang> RESULTS = List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
    /** Graph formats for CONSTRUCT, DESCRIBE and entity data, preferred first. */
    public static final List<Lang> GRAPHS = List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES);

    private static final Map<String, String> SHORT_NAMES = shortNames();

    private static Map<String, String> shortNames() {
        var m = new LinkedHashMap<String, String>();
        m.put("json", "application/sparql-results+json");
        m.put("srj", "application/sparql-results+json");
        m.put("xml", "application/sparql-results+xml");
        m.put("srx", "application/sparql-results+xml");
        m.put("csv", "text/csv");
        m.put("tsv", "text/tab-separated-values");
        m.put("turtle", "text/turtle");
        m.put("ttl", "text/turtle");
        m.put("jsonld", "application/ld+json");
        m.put("json-ld", "application/ld+json");
        m.put("rdfxml", "application/rdf+xml");
        m.put("rdf", "application/rdf+xml");
        m.put("ntriples", "application/n-triples");
        m.put("nt", "application/n-triples");
        m.put("html", "text/html");
        return m;
    }

    /**
     * Picks the language to answer with, or throws 406. {@code extra} offers (e.g. text/html) come after the
     * RDF ones unless the client prefers them; the result is the offered media type.
     */
    public static MediaType choose(String formatParam, String acceptHeader, List<Lang> langs, String... extra) {
        var offers = new java.util.ArrayList<MediaType>();
        for (Lang l : langs) {
            offers.add(MediaType.create(l.getContentType().getContentTypeStr()));
        }
        for (String e : extra) offers.add(MediaType.create(e));
        if (langs == RESULTS) { // common aliases that some clients send
            offers.add(MediaType.create("application/json"));
            offers.add(MediaType.create("application/xml"));
        }
        if (langs == GRAPHS) offers.add(MediaType.create("text/plain"));
        String wanted;
        if (formatParam != null && !formatParam.isBlank()) {
            wanted = SHORT_NAMES.getOrDefault(formatParam.strip().toLowerCase(java.util.Locale.ROOT), formatParam.strip());
            if (langs == GRAPHS && wanted.equals("application/sparql-results+json")) wanted = "application/ld+json";
            if (langs == GRAPHS && wanted.equals("application/sparql-results+xml")) wanted = "application/rdf+xml";
        } else {
            wanted = acceptHeader == null || acceptHeader.isBlank() ? "*/*" : acceptHeader;
        }
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(wanted), AcceptList.create(offers.toArray(MediaType[]::new)));
        } catch (RuntimeException e) {
            chosen = null;
        }
        if (chosen == null)
            throw HttpProblem.notAcceptable("Cannot answer with " + wanted + ". Available: "
                    + String.join(", ", offers.stream().map(MediaType::getContentTypeStr).distinct().toList()));
        return chosen;
    }

    /** For pages: HTML first (browsers and plain clients), then the RDF formats. */
    public static MediaType chooseForPage(String formatParam, String acceptHeader) {
        var offers = new java.util.ArrayList<MediaType>();
        offers.add(MediaType.create("text/html"));
        for (Lang l : GRAPHS) offers.add(MediaType.create(l.getContentType().getContentTypeStr()));
        offers.add(MediaType.create("application/xhtml+xml"));
        String wanted = formatParam != null && !formatParam.isBlank()
                ? SHORT_NAMES.getOrDefault(formatParam.strip().toLowerCase(java.util.Locale.ROOT), formatParam.strip())
                : acceptHeader == null || acceptHeader.isBlank() ? "*/*" : acceptHeader;
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(wanted), AcceptList.create(offers.toArray(MediaType[]::new)));
        } catch (RuntimeException e) {
            chosen = null;
        }
        if (chosen == null) throw HttpProblem.notAcceptable("Cannot answer with " + wanted + ". Available: text/html, text/turtle, application/ld+json, application/rdf+xml, application/n-triples");
        return chosen.getContentTypeStr().equals("application/xhtml+xml") ? MediaType.create("text/html") : chosen;
    }

    /** Link header value announcing the other representations of {@code path}. */
    public static String alternates(String path) {
        var sb = new StringBuilder();
        for (Lang l : GRAPHS) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append('<').append(path).append("?format=").append(shortName(l)).append(">; rel=\"alternate\"; type=\"")
              .append(l.getContentType().getContentTypeStr()).append('"');
        }
        return sb.toString();
    }

    public static String shortName(Lang l) {
        if (l.equals(Lang.TURTLE)) return "turtle";
        if (l.equals(Lang.JSONLD)) return "jsonld";
        if (l.equals(Lang.RDFXML)) return "rdfxml";
        return "ntriples";
    }

    /** The Jena language for a chosen media type (aliases resolved). */
    public static Lang langOf(MediaType type) {
        String ct = type.getContentTypeStr();
        return switch (ct) {
            case "application/json" -> ResultSetLang.RS_JSON;
            case "application/xml" -> ResultSetLang.RS_XML;
            case "text/plain" -> Lang.NTRIPLES;
            default -> {
                for (Lang l : RESULTS) if (l.getContentType().getContentTypeStr().equals(ct)) yield l;
                yield RDFLanguages.contentTypeToLang(ct);
            }
        };
    }
}
