package org.refoulementkg.web.dataset;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.refoulementkg.store.DataVersion;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.vocab.SD;

/**
 * The dataset described in VoID and DCAT: what it is, its licence and source, where to query it (the
 * SPARQL endpoint and its Service Description) and download it (the dumps), and its statistics.
 * The dataset IRI is canonical; endpoint and dump IRIs are on the server that answers.
 *
 * <pre>{@code
 * Model voidModel = DatasetDescription.build("http://localhost:8080", stats, kg.version());
 * }</pre>
 */
public final class DatasetDescription {
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
    private static final List<String> KEYWORDS = List.of("refoulement", "deportation", "extradition", "North Caucasus", "Russia",
            "human rights", "asylum");

    /** The dumps: path on this server, media type, compression (or null), title. */
    public record Dump(String path, String mediaType, String compression, String title) {}

    public static final Dump TRIG = new Dump("/dump/dataset.trig", "application/trig", null,
            "The whole dataset in TriG: one named graph per source file");
    public static final Dump NQUADS_GZ = new Dump("/dump/dataset.nq.gz", "application/n-quads", "application/gzip",
            "The whole dataset in N-Quads, gzipped");
    public static final List<Dump> DUMPS = List.of(TRIG, NQUADS_GZ);

    private DatasetDescription() {}

    public static Model build(String origin, DatasetStats stats, Optional<DataVersion> version) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Map.of("void", VOID.NS, "dcat", DCAT.NS, "sd", SD.NS, "dcterms", DCTerms.NS, "rdfs", RDFS.getURI(),
                "xsd", XSD.NS, "foaf", FOAF.NS));
        m.setNsPrefixes(Prefixes.ALL);
        String endpoint = origin + "/sparql";

        Resource ds = m.createResource(RKG.dataset.getURI())
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral(TITLE, "en"))
                .addProperty(DCTerms.description, m.createLiteral(DESCRIPTION, "en"))
                .addProperty(DCTerms.license, m.createResource(LICENCE))
                .addProperty(DCTerms.rights, m.createLiteral(RIGHTS, "en"))
                .addProperty(DCTerms.source, RKG.briefing)
                .addProperty(DCTerms.language, m.createResource("http://id.loc.gov/vocabulary/iso639-1/en"))
                .addProperty(DCAT.landingPage, m.createResource(origin + "/"))
                .addProperty(VOID.rootResource, RKG.briefing)
                .addProperty(VOID.uriSpace, RKG.ID)
                .addProperty(VOID.sparqlEndpoint, m.createResource(endpoint))
                .addLiteral(VOID.triples, integer(m, stats.triples()))
                .addLiteral(VOID.entities, integer(m, stats.entities()))
                .addLiteral(VOID.classes, integer(m, stats.classes().size()))
                .addLiteral(VOID.properties, integer(m, stats.properties().size()));
        KEYWORDS.forEach(kw -> ds.addProperty(DCAT.keyword, m.createLiteral(kw, "en")));
        version.ifPresent(v -> ds.addProperty(DCTerms.hasVersion, "sha256:" + v.fingerprint()));
        version.flatMap(DataVersion::loaded).ifPresent(t -> ds.addProperty(DCTerms.modified, m.createTypedLiteral(t.toString(), XSDDatatype.XSDdateTime)));
        vocabularies(stats).forEach(v -> ds.addProperty(VOID.vocabulary, m.createResource(v)));
        stats.examples().forEach(e -> ds.addProperty(VOID.exampleResource, m.createResource(e)));

        for (Dump d : DUMPS) {
            Resource file = m.createResource(origin + d.path())
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, m.createLiteral(d.title(), "en"))
                    .addProperty(DCAT.downloadURL, m.createResource(origin + d.path()))
                    .addProperty(DCAT.mediaType, m.createResource(MEDIA_TYPES + d.mediaType()))
                    .addProperty(DCTerms.format, d.mediaType())
                    .addProperty(DCTerms.license, m.createResource(LICENCE));
            if (d.compression() != null) file.addProperty(DCAT.compressFormat, m.createResource(MEDIA_TYPES + d.compression()));
            ds.addProperty(VOID.dataDump, file).addProperty(DCAT.distribution, file);
        }

        // The endpoint, as a DCAT data service; its SPARQL Service Description is served at the endpoint itself.
        Resource service = m.createResource(endpoint + "#service")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(RDF.type, SD.Service)
                .addProperty(DCTerms.title, m.createLiteral("SPARQL 1.1 endpoint (read-only)", "en"))
                .addProperty(SD.endpoint, m.createResource(endpoint))
                .addProperty(SD.defaultDataset, ds)
                .addProperty(DCAT.endpointURL, m.createResource(endpoint))
                .addProperty(DCAT.endpointDescription, m.createResource(endpoint))
                .addProperty(RDFS.seeAlso, m.createResource(endpoint))
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCAT.servesDataset, ds);
        Resource access = m.createResource(endpoint + "#distribution")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, m.createLiteral("Query the dataset with SPARQL", "en"))
                .addProperty(DCAT.accessURL, m.createResource(endpoint))
                .addProperty(DCAT.accessService, service)
                .addProperty(DCTerms.license, m.createResource(LICENCE));
        ds.addProperty(DCAT.distribution, access);

        stats.classes().forEach((c, n) -> ds.addProperty(VOID.classPartition, m.createResource()
                .addProperty(VOID._class, m.createResource(c))
                .addLiteral(VOID.entities, integer(m, n))));
        stats.properties().forEach((prop, n) -> ds.addProperty(VOID.propertyPartition, m.createResource()
                .addProperty(VOID.property, m.createResource(prop))
                .addLiteral(VOID.triples, integer(m, n))));
        return m;
    }

    /** The vocabularies whose properties the data uses: ours by its ontology IRI, others by namespace. */
    static LinkedHashSet<String> vocabularies(DatasetStats stats) {
        var out = new LinkedHashSet<String>();
        for (String prop : stats.properties().keySet()) {
            if (prop.startsWith(RKG.NS)) { out.add(RKG.ONTOLOGY); continue; }
            Prefixes.ALL.values().stream().filter(ns -> !ns.startsWith(RKG.BASE) && prop.startsWith(ns))
                    .max(Comparator.comparingInt(String::length)).ifPresent(out::add);
        }
        return out;
    }

    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
