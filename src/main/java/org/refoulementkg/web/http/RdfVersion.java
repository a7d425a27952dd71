package org.refoulementkg.web.http;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

import io.javalin.http.Context;

/**
 * Which RDF a graph answer is written in. By default the RDF 1.1 form — no triple terms: each statement reifier as the
 * classic {@code rdf:Statement} with {@code rdf:subject}, {@code rdf:predicate}, {@code rdf:object} — which every RDF 1.1
 * tool reads (rdflib, raptor, JSON-LD 1.1 processors). RDF 1.2, with the reifiers' triple terms ({@code rdf:reifies
 * <<( s p o )>>}), for a client that asks for it with the media type parameter RDF 1.2 defines ({@code Accept:
 * text/turtle; version=1.2}) or with {@code ?rdf=1.2}. JSON-LD cannot hold triple terms: it always gets the RDF 1.1 form.
 *
 * <pre>{@code
 * RdfVersion v = RdfVersion.requested(ctx, chosenType);   // RDF_1_1 unless the client asked for 1.2
 * }</pre>
 */
public enum RdfVersion {
    RDF_1_1, RDF_1_2;

    /** What the client asked for, for the chosen media type. */
    public static RdfVersion requested(Context ctx, MediaType chosen) {
        String param = ctx.queryParam("rdf");
        if (param != null) return param.strip().startsWith("1.2") ? RDF_1_2 : RDF_1_1;
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank()) return RDF_1_1;
        try {
            for (MediaRange range : new AcceptList(accept).entries()) {
                String v = range.getParameter("version");
                if (v != null && v.strip().replace("\"", "").startsWith("1.2") && covers(range, chosen)) return RDF_1_2;
            }
        } catch (RuntimeException unparseable) {
            return RDF_1_1;
        }
        return RDF_1_1;
    }

    /** Type and subtype only (a range's own parameters, such as version, are what we are reading). */
    private static boolean covers(MediaRange range, MediaType chosen) {
        boolean type = range.getType().equals("*") || range.getType().equalsIgnoreCase(chosen.getType());
        boolean sub = range.getSubType().equals("*") || range.getSubType().equalsIgnoreCase(chosen.getSubType());
        return type && sub;
    }

    /** The Content-Type parameter that announces the version (RDF 1.2 only: RDF 1.1 has none). */
    public String contentTypeSuffix() { return this == RDF_1_2 ? "; version=1.2" : ""; }

    /** For validators and caches: the representation differs by version. */
    public String variant() { return this == RDF_1_2 ? "-rdf12" : ""; }
}
