package org.refoulementkg.web.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** The formats we answer in: the Jena language of each, its name for {@code ?format=} and links, and its label. */
public final class Formats {
    private Formats() {}

    /** Result formats for SELECT and ASK, preferred first. */
    public static final List<Lang> RESULTS = List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
    /** Graph formats for CONSTRUCT, DESCRIBE, entity data, the ontology and VoID, preferred first. */
    public static final List<Lang> GRAPHS = List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES);

    private record Named(String name, String label) {}

    private static final Map<Lang, Named> NAMES = Map.of(
            ResultSetLang.RS_JSON, new Named("json", "JSON"), ResultSetLang.RS_XML, new Named("xml", "XML"),
            ResultSetLang.RS_CSV, new Named("csv", "CSV"), ResultSetLang.RS_TSV, new Named("tsv", "TSV"),
            Lang.TURTLE, new Named("turtle", "Turtle"), Lang.JSONLD, new Named("jsonld", "JSON-LD"),
            Lang.RDFXML, new Named("rdfxml", "RDF/XML"), Lang.NTRIPLES, new Named("ntriples", "N-Triples"));

    /** The name in {@code ?format=}: turtle, jsonld, csv, …. */
    public static String name(Lang lang) { return NAMES.get(lang).name(); }

    /** The name people read: Turtle, JSON-LD, CSV, …. */
    public static String label(Lang lang) { return NAMES.get(lang).label(); }

    /** The media type of a language, without parameters. */
    public static String mediaType(Lang lang) { return lang.getContentType().getContentTypeStr(); }

    /** Lower case, for matching names given in requests. */
    static String normal(String s) { return s.strip().toLowerCase(Locale.ROOT); }
}
