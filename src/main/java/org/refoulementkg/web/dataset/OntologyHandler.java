package org.refoulementkg.web.dataset;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.refoulementkg.store.KnowledgeGraph;

import io.javalin.http.Context;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.http.Formats;
import org.refoulementkg.web.http.PerVersion;

/**
 * {@code /ontology}, where the ontology IRI and its terms ({@code …/ontology#Transfer}) resolve: documentation
 * in HTML by default, the vocabulary itself in Turtle, JSON-LD, RDF/XML or N-Triples by Accept or {@code ?format=}.
 * Built once per version of the data.
 */
public final class OntologyHandler {
    private static final String[] OFFERS = Stream.concat(Stream.of("text/html"),
            Formats.GRAPHS.stream().map(l -> l.getContentType().getContentTypeStr())).toArray(String[]::new);

    private final PerVersion<OntologyDocs> docs;
    private final PerVersion<String> html;

    public OntologyHandler(KnowledgeGraph kg, Duration timeout) {
        this.docs = new PerVersion<>(kg, g -> OntologyDocs.read(g, timeout));
        this.html = new PerVersion<>(kg, g -> new OntologyPage(docs.get()).render());
    }

    public void handle(Context ctx) {
        ctx.header("Vary", "Accept");
        MediaType type = choose(ctx);
        if (type.getContentTypeStr().equals("text/html")) {
            ctx.html(Html.page("Ontology", html.get()));
            return;
        }
        writeModel(ctx, docs.get().vocabulary(), Formats.langOf(type));
    }

    /** HTML first (for {@code *}{@code /*} too), then the graph formats. */
    static MediaType choose(Context ctx) {
        String format = ctx.queryParam("format");
        if ("json".equalsIgnoreCase(format)) format = "jsonld";
        return Formats.choose(format, ctx.header("Accept"), List.of(), OFFERS);
    }

    static void writeModel(Context ctx, Model model, Lang lang) {
        var out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, lang);
        ctx.contentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        ctx.result(out.toByteArray());
    }
}
