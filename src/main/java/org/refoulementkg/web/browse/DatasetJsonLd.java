package org.refoulementkg.web.browse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The home page's schema.org {@code Dataset} in JSON-LD, for dataset search engines: what the dataset is, the briefing it
 * is based on, its licence, where to query and download it. A data block, not a script: the CSP stays as it is.
 */
final class DatasetJsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetJsonLd() {}

    static String block(String base) {
        var briefing = new LinkedHashMap<String, Object>();
        briefing.put("@type", "Report");
        briefing.put("name", "Europe: The Point of No Return. Europe must immediately halt the return to Russia of people from the North Caucasus at risk of serious human rights violations");
        briefing.put("identifier", "EUR 01/7577/2024");
        briefing.put("datePublished", "2024-01");
        briefing.put("author", Map.of("@type", "Organization", "name", "Amnesty International"));
        briefing.put("url", base + "id/briefing");
        var d = new LinkedHashMap<String, Object>();
        d.put("@context", "https://schema.org/");
        d.put("@type", "Dataset");
        d.put("@id", base + "id/dataset");
        d.put("name", "refoulement-kg: Europe: The Point of No Return as linked data");
        d.put("description", "A knowledge graph of Amnesty International's briefing Europe: The Point of No Return (EUR 01/7577/2024, January 2024): "
                + "the 19 people from the North Caucasus whom European states deported, extradited, refused entry to or tried to send back to Russia, "
                + "and what happened to them. Every event, decision and statement carries its provenance: the briefing's footnotes, the sources they cite "
                + "and the briefing's own words.");
        d.put("url", base);
        d.put("license", "https://creativecommons.org/licenses/by-nc-nd/4.0/");
        d.put("isBasedOn", briefing);
        d.put("keywords", List.of("refoulement", "non-refoulement", "deportation", "extradition", "North Caucasus", "Chechnya", "Russia", "human rights", "linked data"));
        d.put("spatialCoverage", List.of("Europe", "Russia", "North Caucasus"));
        d.put("temporalCoverage", "2007/2024");
        d.put("inLanguage", "en");
        d.put("distribution", List.of(
                download(base + "dump/dataset.trig", "application/trig"),
                download(base + "dump/dataset.nq.gz", "application/n-quads")));
        d.put("subjectOf", Map.of("@type", "WebAPI", "name", "SPARQL 1.1 endpoint", "url", base + "sparql"));
        try {
            // "</" cannot end the block early: JSON allows "<" to be written as \u003c
            return "<script type=\"application/ld+json\">" + JSON.writeValueAsString(d).replace("<", "\\u003c") + "</script>";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> download(String url, String format) {
        return Map.of("@type", "DataDownload", "contentUrl", url, "encodingFormat", format);
    }
}
