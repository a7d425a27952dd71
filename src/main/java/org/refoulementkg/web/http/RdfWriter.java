package org.refoulementkg.web.http;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.refoulementkg.store.Rdf11;

import io.javalin.http.Context;

/**
 * The one place RDF is serialised: every graph answer (an entity's data, CONSTRUCT and DESCRIBE, the ontology, VoID,
 * the Service Description) and every dataset answer (the dumps, {@code ./kg export}). JSON-LD is always written
 * compact, with the model's prefixes as its {@code @context}.
 *
 * <pre>{@code
 * RdfWriter.answer(ctx, model, Lang.TURTLE);
 * kg.export(dataset -> RdfWriter.write(out, dataset, Lang.TRIG));
 * }</pre>
 */
public final class RdfWriter {
    private RdfWriter() {}

    public static void write(OutputStream out, Model model, Lang lang) {
        // JSON-LD cannot hold RDF 1.2 triple terms: it gets their RDF 1.1 form (classic reification)
        if (lang.equals(Lang.JSONLD)) RDFDataMgr.write(out, Rdf11.of(model.getGraph()), RDFFormat.JSONLD11_PRETTY);
        else RDFDataMgr.write(out, model, lang);
    }

    public static void write(OutputStream out, DatasetGraph dataset, Lang lang) {
        RDFDataMgr.write(out, dataset, lang);
    }

    public static byte[] bytes(Model model, Lang lang) {
        var out = new ByteArrayOutputStream();
        write(out, model, lang);
        return out.toByteArray();
    }

    /** The whole answer: the model in {@code lang}, with its content type. */
    public static void answer(Context ctx, Model model, Lang lang) {
        byte[] body = bytes(model, lang);
        ctx.contentType(Formats.mediaType(lang) + "; charset=utf-8");
        ctx.result(body);
    }
}
