package org.refoulementkg.web.entity;

import org.apache.jena.riot.Lang;
import org.refoulementkg.web.http.Formats;

/**
 * Signposting (signposting.org) for a resource's answers: the IRI to cite it by, the documents describing it in RDF, and
 * the licence, as Link header values beside the format alternates — for tools that follow links, not pages.
 */
final class Signposting {
    /** The briefing's licence, which the graph's words and facts come under. */
    static final String LICENCE = "https://creativecommons.org/licenses/by-nc-nd/4.0/";

    private Signposting() {}

    static String links(String iri, String localPath) {
        return "<" + iri + ">; rel=\"cite-as\", "
                + "<" + localPath + "?format=" + Formats.name(Lang.TURTLE) + ">; rel=\"describedby\"; type=\"" + Formats.mediaType(Lang.TURTLE) + "\", "
                + "<" + localPath + "?format=" + Formats.name(Lang.JSONLD) + ">; rel=\"describedby\"; type=\"" + Formats.mediaType(Lang.JSONLD) + "\", "
                + "<" + LICENCE + ">; rel=\"license\"";
    }
}
