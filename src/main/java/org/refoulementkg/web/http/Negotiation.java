package org.refoulementkg.web.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;

import io.javalin.http.Context;

/**
 * Content negotiation, once for every route, with Jena's {@link AcceptList}: q-values honoured, the first offer wins
 * ties and {@code *}{@code /*}. A {@code format} parameter (a short name such as {@code turtle}, or a media type)
 * overrides Accept. Each route says what it {@link Offers}.
 *
 * <pre>{@code
 * MediaType type = Negotiation.choose(ctx, Offers.PAGE_OR_GRAPHS);   // 406 if nothing offered is acceptable
 * if (Negotiation.isHtml(type)) …; else RdfWriter.answer(ctx, model, Negotiation.langOf(type));
 * }</pre>
 */
public final class Negotiation {
    public static final String HTML = "text/html";
    public static final String JSON = "application/json";
    public static final String PLAIN = "text/plain";

    /** What clients send for what we offer: answered as the type they stand for. */
    private static final Map<String, String> ALIASES = Map.of(
            "application/json", "application/sparql-results+json", "application/xml", "application/sparql-results+xml",
            PLAIN, "application/n-triples", "application/xhtml+xml", HTML);

    /** {@code ?format=} names, each with the types it may mean, in order: the first one offered is taken. */
    private static final Map<String, List<String>> NAMES = names();

    private Negotiation() {}

    /** What a route can answer with, preferred first, then the aliases clients send for them. */
    public record Offers(List<String> types) {
        public static final Offers RESULTS_OR_PAGE = of(Formats.RESULTS, HTML).withAliases("application/json", "application/xml");
        public static final Offers GRAPHS_OR_PAGE = of(Formats.GRAPHS, HTML).withAliases(PLAIN);
        public static final Offers PAGE_OR_GRAPHS = new Offers(List.of(HTML)).then(Formats.GRAPHS).withAliases(PLAIN, "application/xhtml+xml");
        public static final Offers PAGE_OR_JSON = new Offers(List.of(HTML, JSON));
        /** For a query that does not parse: whatever the client asks for, the answer is then the parse error. */
        public static final Offers ANY_ANSWER_OR_PAGE = of(Formats.RESULTS, HTML).then(Formats.GRAPHS)
                .withAliases("application/json", "application/xml", PLAIN);

        /** The formats of a query's answer (results for SELECT and ASK, graphs for CONSTRUCT and DESCRIBE), or the page. */
        public static Offers forQuery(Query q) {
            return q.isConstructType() || q.isDescribeType() ? GRAPHS_OR_PAGE : RESULTS_OR_PAGE;
        }

        private static Offers of(List<Lang> langs, String then) {
            return new Offers(Stream.concat(langs.stream().map(Formats::mediaType), Stream.of(then)).toList());
        }

        private Offers then(List<Lang> langs) {
            return new Offers(Stream.concat(types.stream(), langs.stream().map(Formats::mediaType)).toList());
        }

        private Offers withAliases(String... aliases) {
            return new Offers(Stream.concat(types.stream(), Stream.of(aliases)).toList());
        }
    }

    /** The type to answer with, by {@code ?format=} or else Accept; 406 when nothing offered is acceptable. */
    public static MediaType choose(Context ctx, Offers offers) {
        String wanted = wanted(ctx.queryParam("format"), ctx.header("Accept"), offers);
        return match(wanted, offers).orElseThrow(() -> HttpProblem.notAcceptable("Cannot answer with " + wanted + ". Available: "
                + String.join(", ", offers.types().stream().distinct().toList())));
    }

    /** The best offer for an Accept header; empty when none is acceptable or the header does not parse. */
    public static Optional<MediaType> match(String accept, Offers offers) {
        try {
            MediaType[] offered = offers.types().stream().map(MediaType::create).toArray(MediaType[]::new);
            return Optional.ofNullable(AcceptList.match(new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept), AcceptList.create(offered)));
        } catch (RuntimeException unparseable) {
            return Optional.empty();
        }
    }

    public static boolean isHtml(MediaType type) { return resolve(type.getContentTypeStr()).equals(HTML); }

    /** The Jena language for a chosen media type (aliases resolved). */
    public static Lang langOf(MediaType type) {
        String ct = resolve(type.getContentTypeStr());
        for (Lang l : Formats.RESULTS) if (Formats.mediaType(l).equals(ct)) return l;
        return RDFLanguages.contentTypeToLang(ct);
    }

    /** Link header value announcing the other representations of {@code path}. */
    public static String alternates(String path) {
        var parts = new ArrayList<String>();
        for (Lang l : Formats.GRAPHS)
            parts.add("<" + path + "?format=" + Formats.name(l) + ">; rel=\"alternate\"; type=\"" + Formats.mediaType(l) + "\"");
        return String.join(", ", parts);
    }

    private static String resolve(String type) { return ALIASES.getOrDefault(type, type); }

    /** What the client wants: the type a {@code ?format=} name stands for among these offers, else its Accept header. */
    private static String wanted(String format, String accept, Offers offers) {
        if (format == null || format.isBlank()) return accept == null || accept.isBlank() ? "*/*" : accept;
        List<String> meant = NAMES.get(Formats.normal(format));
        if (meant == null) return format.strip();
        return meant.stream().filter(offers.types()::contains).findFirst().orElse(meant.get(0));
    }

    private static Map<String, List<String>> names() {
        var m = new LinkedHashMap<String, List<String>>();
        for (Lang l : Stream.concat(Formats.RESULTS.stream(), Formats.GRAPHS.stream()).toList())
            m.put(Formats.name(l), List.of(Formats.mediaType(l)));
        m.put("json", List.of(Formats.mediaType(ResultSetLang.RS_JSON), Formats.mediaType(Lang.JSONLD), JSON));
        m.put("xml", List.of(Formats.mediaType(ResultSetLang.RS_XML), Formats.mediaType(Lang.RDFXML)));
        m.put("srj", m.get("json"));
        m.put("srx", m.get("xml"));
        m.put("ttl", m.get("turtle"));
        m.put("json-ld", m.get("jsonld"));
        m.put("rdf", m.get("rdfxml"));
        m.put("nt", m.get("ntriples"));
        m.put("html", List.of(HTML));
        return Map.copyOf(m);
    }
}
