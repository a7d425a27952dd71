package org.refoulementkg.web.dataset;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.refoulementkg.vocab.RKG;

/**
 * The dataset described in VoID and DCAT: what it is, its licence and source, where to query it (the
 * SPARQL endpoint and its Service Description) and download it (the dumps), and its statistics.
 * The dataset IRI is canonical; endpoint and dump IRIs are on the server that answers.
 *
 * <pre>{@code
 * Model voidModel = DatasetDescription.build("http://localhost:8080", stats, kg.fingerprint());
 * }</pre>
 */
public final class DatasetDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String DATASET = RKG.ID + "dataset";
    public static final String TITLE = "refoulement-kg: Europe: The Point of No Return, as linked data";
    public static final String DESCRIPTION = "A knowledge graph of Amnesty International's briefing \"Europe: The Point of No Return\" "
            + "(EUR 01/7577/2024, January 2024): the people from the North Caucasus whom European states deported, extradited, "
            + "refused entry to or tried to send back to Russia, what happened to them, and the decisions, laws and sources "
            + "involved. Every fact carries its provenance: the briefing's own words and the footnotes behind them.";
    public static final String LICENCE = "https://creativecommons.org/licenses/by-nc-nd/4.0/";
    public static final String RIGHTS = "The briefing's text and the facts drawn from it: © Amnesty International 2024, "
            + "licensed CC BY-NC-ND 4.0 (non-commercial use with attribution, no derivatives; see data/briefing/LICENSE.md). "
            + "Material attributed to other copyright owners is not covered by that licence.";
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    /** The dumps: path on this server, media type, compression (or null), title. */
    public record Dump(String path, String mediaType, String compression, String title) {}

    public static final Dump TRIG = new Dump("/dump/dataset.trig", "application/trig", null,
            "The whole dataset in TriG: one named graph per source file");
    public static final Dump NQUADS_GZ = new Dump("/dump/dataset.nq.gz", "application/n-quads", "application/gzip",
            "The whole dataset in N-Quads, gzipped");

    private DatasetDescription() {}

    public static Model build(String origin, DatasetStats stats, Optional<String> fingerprint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Map.of("void", VOID, "dcat", DCAT, "sd", SD, "dcterms", RKG.DCTERMS, "rdfs", RDFS.getURI(),
                "xsd", "http://www.w3.org/2001/XMLSchema#", "foaf", "http://xmlns.com/foaf/0.1/"));
        m.setNsPrefixes(RKG.PREFIXES);
        String endpoint = origin + "/sparql";

        Resource ds = m.createResource(DATASET)
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .addProperty(DCTerms.title, m.createLiteral(TITLE, "en"))
                .addProperty(DCTerms.description, m.createLiteral(DESCRIPTION, "en"))
                .addProperty(DCTerms.license, m.createResource(LICENCE))
                .addProperty(DCTerms.rights, m.createLiteral(RIGHTS, "en"))
                .addProperty(DCTerms.source, m.createResource(RKG.ID + "briefing"))
                .addProperty(DCTerms.language, m.createResource("http://id.loc.gov/vocabulary/iso639-1/en"))
                .addProperty(p(m, DCAT + "landingPage"), m.createResource(origin + "/"))
                .addProperty(p(m, VOID + "rootResource"), m.createResource(RKG.ID + "briefing"))
                .addProperty(p(m, VOID + "uriSpace"), RKG.ID)
                .addProperty(p(m, VOID + "sparqlEndpoint"), m.createResource(endpoint))
                .addLiteral(p(m, VOID + "triples"), integer(m, stats.triples()))
                .addLiteral(p(m, VOID + "entities"), integer(m, stats.entities()))
                .addLiteral(p(m, VOID + "classes"), integer(m, stats.classes().size()))
                .addLiteral(p(m, VOID + "properties"), integer(m, stats.properties().size()));
        for (String kw : new String[] {"refoulement", "deportation", "extradition", "North Caucasus", "Russia", "human rights", "asylum"})
            ds.addProperty(p(m, DCAT + "keyword"), m.createLiteral(kw, "en"));
        fingerprint.ifPresent(f -> ds.addProperty(DCTerms.hasVersion, "sha256:" + f));
        stats.loaded().ifPresent(t -> ds.addProperty(DCTerms.modified, m.createTypedLiteral(t.toString(), XSDDatatype.XSDdateTime)));
        vocabularies(stats).forEach(v -> ds.addProperty(p(m, VOID + "vocabulary"), m.createResource(v)));
        stats.examples().forEach(e -> ds.addProperty(p(m, VOID + "exampleResource"), m.createResource(e)));

        for (Dump d : new Dump[] {TRIG, NQUADS_GZ}) {
            Resource file = m.createResource(origin + d.path())
                    .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                    .addProperty(DCTerms.title, m.createLiteral(d.title(), "en"))
                    .addProperty(p(m, DCAT + "downloadURL"), m.createResource(origin + d.path()))
                    .addProperty(p(m, DCAT + "mediaType"), m.createResource(MEDIA_TYPES + d.mediaType()))
                    .addProperty(DCTerms.format, d.mediaType())
                    .addProperty(DCTerms.license, m.createResource(LICENCE));
            if (d.compression() != null) file.addProperty(p(m, DCAT + "compressFormat"), m.createResource(MEDIA_TYPES + d.compression()));
            ds.addProperty(p(m, VOID + "dataDump"), file).addProperty(p(m, DCAT + "distribution"), file);
        }

        // The endpoint, as a DCAT data service; its SPARQL Service Description is served at the endpoint itself.
        Resource service = m.createResource(endpoint + "#service")
                .addProperty(RDF.type, m.createResource(DCAT + "DataService"))
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(DCTerms.title, m.createLiteral("SPARQL 1.1 endpoint (read-only)", "en"))
                .addProperty(p(m, SD + "endpoint"), m.createResource(endpoint))
                .addProperty(p(m, SD + "defaultDataset"), ds)
                .addProperty(p(m, DCAT + "endpointURL"), m.createResource(endpoint))
                .addProperty(p(m, DCAT + "endpointDescription"), m.createResource(endpoint))
                .addProperty(RDFS.seeAlso, m.createResource(endpoint))
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(p(m, DCAT + "servesDataset"), ds);
        Resource access = m.createResource(endpoint + "#distribution")
                .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                .addProperty(DCTerms.title, m.createLiteral("Query the dataset with SPARQL", "en"))
                .addProperty(p(m, DCAT + "accessURL"), m.createResource(endpoint))
                .addProperty(p(m, DCAT + "accessService"), service)
                .addProperty(DCTerms.license, m.createResource(LICENCE));
        ds.addProperty(p(m, DCAT + "distribution"), access);

        stats.classes().forEach((c, n) -> ds.addProperty(p(m, VOID + "classPartition"), m.createResource()
                .addProperty(p(m, VOID + "class"), m.createResource(c))
                .addLiteral(p(m, VOID + "entities"), integer(m, n))));
        stats.properties().forEach((prop, n) -> ds.addProperty(p(m, VOID + "propertyPartition"), m.createResource()
                .addProperty(p(m, VOID + "property"), m.createResource(prop))
                .addLiteral(p(m, VOID + "triples"), integer(m, n))));
        return m;
    }

    /** The vocabularies whose properties the data uses: ours by its ontology IRI, others by namespace. */
    static LinkedHashSet<String> vocabularies(DatasetStats stats) {
        var out = new LinkedHashSet<String>();
        for (String prop : stats.properties().keySet()) {
            if (prop.startsWith(RKG.NS)) { out.add(RKG.ONTOLOGY); continue; }
            RKG.PREFIXES.values().stream().filter(ns -> !ns.startsWith(RKG.BASE) && prop.startsWith(ns))
                    .max(java.util.Comparator.comparingInt(String::length)).ifPresent(out::add);
        }
        return out;
    }

    private static Property p(Model m, String iri) { return m.createProperty(iri); }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
