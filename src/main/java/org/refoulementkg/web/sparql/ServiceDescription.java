package org.refoulementkg.web.sparql;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.vocab.SD;
import org.refoulementkg.web.http.Origin;
import org.refoulementkg.web.http.RdfWriter;

import io.javalin.http.Context;

/**
 * The SPARQL 1.1 Service Description of {@code /sparql}, served when a machine GETs it without a query. It lists the
 * predeclared prefixes as SHACL prefix declarations ({@code sh:declare [ sh:prefix "rkg" ; sh:namespace "…"^^xsd:anyURI ]}),
 * the vocabulary SPARQL-aware tools read for that.
 */
public final class ServiceDescription {
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"};

    public void render(Context ctx, Lang lang) {
        String endpoint = Origin.of(ctx) + "/sparql";
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD.NS);
        m.setNsPrefix("void", VOID.NS);
        Resource service = m.createResource(endpoint + "#service")
                .addProperty(RDF.type, SD.Service)
                .addProperty(SD.endpoint, m.createResource(endpoint))
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(SD.feature, SD.UnionDefaultGraph);
        for (String f : RESULT_FORMATS) service.addProperty(SD.resultFormat, m.createResource(SD.FORMATS + f));
        Resource dataset = m.createResource(RKG.dataset.getURI())
                .addProperty(RDF.type, SD.Dataset)
                .addProperty(SD.defaultGraph, m.createResource().addProperty(RDF.type, SD.Graph));
        service.addProperty(SD.defaultDataset, dataset);
        m.setNsPrefix("sh", SHACLM.getURI());
        Prefixes.ALL.forEach((prefix, ns) -> service.addProperty(SHACLM.declare, m.createResource()
                .addProperty(SHACLM.prefix, prefix)
                .addProperty(SHACLM.namespace, m.createTypedLiteral(ns, XSDDatatype.XSDanyURI))));
        RdfWriter.answer(ctx, m, lang);
    }
}
