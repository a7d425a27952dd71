package org.refoulementkg.web.facets;

import org.refoulementkg.vocab.RKG;

/**
 * One way to narrow the case studies. A facet's values are the objects of one pattern from an anchor — the case
 * study, a transfer, an event or a decision of its person — and facets on the same anchor speak of the same one: "France"
 * and "deportation" select people with one transfer that is both. The patterns are ours; values from the request are
 * only ever bound into them as terms ({@link FacetQueries}).
 */
public enum Facet {
    SENDING("sending", "Sending state", Anchor.TRANSFER, "?transfer rkg:sendingState ?sending", "sending", "state/"),
    DESTINATION("destination", "Destination", Anchor.TRANSFER, "?transfer rkg:destination ?destination", "destination", "state/"),
    TRANSFER("transfer", "Transfer type", Anchor.TRANSFER, "?transfer rkg:transferType ?transferType", "transferType", "concept/"),
    YEAR("year", "Year of transfer", Anchor.TRANSFER,
            "?transfer rkg:earliest ?transferStart ; rkg:latest ?transferEnd BIND(YEAR(?transferStart) AS ?year)", "year", null),
    EVENT("event", "Event kind", Anchor.EVENT, "?event rkg:eventType ?eventKind", "eventKind", "concept/"),
    ATTRIBUTION("attribution", "Attribution (of that event)", Anchor.EVENT, "?event prov:wasDerivedFrom/rkg:attribution ?attribution", "attribution", "concept/"),
    OUTCOME("outcome", "Outcome", Anchor.CASE, "?case rkg:outcome ?outcome", "outcome", "concept/"),
    RISK("risk", "Risk profile", Anchor.CASE, "?case rkg:riskProfile ?riskProfile", "riskProfile", "concept/"),
    COURT("court", "Court or deciding body", Anchor.DECISION, "?decision rkg:decidedBy ?court", "court", "agent/");

    /** Where a facet's pattern starts: the case study (always there), or one transfer, event or decision of its person. */
    public enum Anchor {
        CASE(""),
        TRANSFER("?transfer a rkg:Transfer ; rkg:person ?person ."),
        EVENT("?event a rkg:Event ; rkg:person ?person ."),
        DECISION("?decision a rkg:Decision ; rkg:person ?person .");

        public final String pattern;

        Anchor(String pattern) { this.pattern = pattern; }
    }

    /** The URL parameter. */
    public final String key;
    public final String title;
    public final Anchor anchor;
    public final String pattern;
    /** The variable the pattern binds to the facet's value. */
    public final String var;
    /** Where the values' IRIs live under {@code <base>id/}: a parameter {@code france} of a state facet is {@code state:france}. */
    public final String namespace;

    Facet(String key, String title, Anchor anchor, String pattern, String var, String namespace) {
        this.key = key;
        this.title = title;
        this.anchor = anchor;
        this.pattern = pattern;
        this.var = var;
        this.namespace = namespace;
    }

    /** The IRI of a value given by its slug. */
    public String iri(String slug) { return RKG.ID + namespace + slug; }

    /** The slug of a value's IRI, or null when it is not under this facet's namespace. */
    public String slug(String iri) {
        String prefix = RKG.ID + namespace;
        return iri.startsWith(prefix) ? iri.substring(prefix.length()) : null;
    }
}
