package org.refoulementkg.web.facets;

import org.refoulementkg.vocab.RKG;

/**
 * One way to narrow the case studies. A facet's values are the objects of one pattern from an anchor — the case
 * study, a transfer, an event or a decision of its person — and facets on the same anchor speak of the same one: "France"
 * and "deportation" select people with one transfer that is both. The patterns are ours; values from the request are
 * only ever bound into them as terms ({@link FacetQueries}).
 */
public enum Facet {
    SENDING("sending", "Sending state", Anchor.TRANSFER, "?transfer rkg:sendingState ?sending", "sending", RKG.ID + "state/"),
    DESTINATION("destination", "Destination", Anchor.TRANSFER, "?transfer rkg:destination ?destination", "destination", RKG.ID + "state/"),
    TRANSFER("transfer", "Transfer type", Anchor.TRANSFER, "?transfer rkg:transferType ?transferType", "transferType", RKG.ID + "concept/"),
    YEAR("year", "Year of transfer", Anchor.TRANSFER,
            "?transfer rkg:earliest ?transferStart ; rkg:latest ?transferEnd BIND(YEAR(?transferStart) AS ?year)", "year", null),
    EVENT("event", "Event kind", Anchor.EVENT, "?event rkg:eventType ?eventKind", "eventKind", RKG.ID + "concept/"),
    ATTRIBUTION("attribution", "Attribution (of that event)", Anchor.EVENT, "?event prov:wasDerivedFrom/rkg:attribution ?attribution", "attribution", RKG.ID + "concept/"),
    OUTCOME("outcome", "Outcome", Anchor.CASE, "?case rkg:outcome ?outcome", "outcome", RKG.ID + "concept/"),
    RISK("risk", "Risk profile", Anchor.CASE, "?case rkg:riskProfile ?riskProfile", "riskProfile", RKG.ID + "concept/"),
    COURT("court", "Court or deciding body", Anchor.DECISION, "?decision rkg:decidedBy ?court", "court", RKG.ID + "agent/"),
    /** What a transfer relied on, by the kind of thing it was: a red notice, a diplomatic assurance, a decision, an allegation… */
    BASIS("basis", "What the transfer relied on", Anchor.TRANSFER, "?transfer rkg:basis ?basisNode . ?basisNode a ?basis", "basis", RKG.NS);

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
    /** Where the values' IRIs live: a parameter {@code france} of a state facet is {@code state:france}, {@code RedNotice} of the basis {@code rkg:RedNotice}. */
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
    public String iri(String slug) { return namespace + slug; }

    /** The slug of a value's IRI, or null when it is not under this facet's namespace. */
    public String slug(String iri) {
        return iri.startsWith(namespace) && iri.indexOf('/', namespace.length()) < 0 ? iri.substring(namespace.length()) : null;
    }
}
