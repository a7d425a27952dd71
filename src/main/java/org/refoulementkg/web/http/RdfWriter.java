package org.refoulementkg.web.http;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.refoulementkg.store.Rdf11;

import io.javalin.http.Context;

/**
 * The one place RDF is serialised: every graph answer (an entity's data, CONSTRUCT and DESCRIBE, the ontology, VoID,
 * the Service Description) and every dataset answer (the dumps, {@code ./kg export}). JSON-LD is always written
 * compact, with the model's prefixes as its {@code @context}. Each answer is RDF 1.1 unless RDF 1.2 was asked for
 * ({@link RdfVersion}): statement reifiers then keep their triple terms.
 *
 * <pre>{@code
 * RdfWriter.answer(ctx, model, Lang.TURTLE);
 * kg.export(dataset -> RdfWriter.write(out, dataset, Lang.TRIG, RdfVersion.RDF_1_2));
 * }</pre>
 */
public final class RdfWriter {
    private RdfWriter() {}

    public static void write(OutputStream out, Model model, Lang lang, RdfVersion version) {
        // JSON-LD cannot hold RDF 1.2 triple terms: it always gets their RDF 1.1 form (classic reification)
        Graph g = version == RdfVersion.RDF_1_2 && !lang.equals(Lang.JSONLD) ? model.getGraph() : Rdf11.of(model.getGraph());
        if (lang.equals(Lang.JSONLD)) RDFDataMgr.write(out, g, RDFFormat.JSONLD11_PRETTY);
        else RDFDataMgr.write(out, g, lang);
    }

    /** RDF 1.1, for readers that did not say (the command line's Turtle). */
    public static void write(OutputStream out, Model model, Lang lang) { write(out, model, lang, RdfVersion.RDF_1_1); }

    /**
     * A dataset. In RDF 1.1 the reifiers' {@code rdf:reifies} triples are left out (the store's graph/reification holds
     * the same statements as classic reification) and any other triple term is written as a reified blank node.
     */
    public static void write(OutputStream out, DatasetGraph dataset, Lang lang, RdfVersion version) {
        if (version == RdfVersion.RDF_1_2) {
            RDFDataMgr.write(out, dataset, lang);
            return;
        }
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, lang.equals(Lang.TRIG) ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS);
        stream.start();
        Map<Node, Graph> withTripleTerms = new HashMap<>();
        dataset.find().forEachRemaining(q -> {
            boolean term = q.getSubject().isTripleTerm() || q.getObject().isTripleTerm();
            if (!term) stream.quad(q);
            else if (!q.getPredicate().equals(RDF.reifies.asNode()))
                withTripleTerms.computeIfAbsent(q.getGraph(), g -> GraphFactory.createDefaultGraph()).add(q.asTriple());
        });
        withTripleTerms.forEach((g, triples) -> Rdf11.of(triples).find().forEachRemaining(t -> stream.quad(new Quad(g, t))));
        stream.finish();
    }

    public static byte[] bytes(Model model, Lang lang, RdfVersion version) {
        var out = new ByteArrayOutputStream();
        write(out, model, lang, version);
        return out.toByteArray();
    }

    /** The whole answer: the model in {@code lang}, in the RDF version the client asked for, with its content type. */
    public static void answer(Context ctx, Model model, Lang lang) {
        RdfVersion version = RdfVersion.requested(ctx, MediaType.create(Formats.mediaType(lang)));
        byte[] body = bytes(model, lang, version);
        ctx.contentType(contentType(lang, version));
        ctx.result(body);
    }

    /** The Content-Type of a graph answer: the media type, the RDF 1.2 version parameter where it applies, UTF-8. */
    public static String contentType(Lang lang, RdfVersion version) {
        return Formats.mediaType(lang) + (lang.equals(Lang.JSONLD) ? "" : version.contentTypeSuffix()) + "; charset=utf-8";
    }
}
