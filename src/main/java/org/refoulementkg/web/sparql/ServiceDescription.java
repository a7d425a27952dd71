package org.refoulementkg.web.sparql;

import java.io.ByteArrayOutputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.refoulementkg.vocab.RKG;

import io.javalin.http.Context;
import org.refoulementkg.web.http.LocalLinks;

/** The SPARQL 1.1 Service Description of {@code /sparql}, served when a machine GETs it without a query. */
public final class ServiceDescription {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    public void render(Context ctx, Lang lang) {
        String endpoint = LocalLinks.origin(ctx) + "/sparql";
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", "http://rdfs.org/ns/void#");
        Resource service = m.createResource(endpoint + "#service")
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD + "endpoint"), m.createResource(endpoint))
                .addProperty(m.createProperty(SD + "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD + "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML"})
            service.addProperty(m.createProperty(SD + "resultFormat"), m.createResource(FORMATS + f));
        Resource dataset = m.createResource(RKG.ID + "dataset")
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD + "defaultGraph"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Graph")));
        service.addProperty(m.createProperty(SD + "defaultDataset"), dataset);
        var out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, lang);
        ctx.contentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        ctx.result(out.toByteArray());
    }
}
