package org.refoulementkg.web.entity;

import org.apache.jena.vocabulary.RDF;
import org.refoulementkg.store.Template;
import org.refoulementkg.vocab.Prefixes;

/**
 * The fixed queries behind an entity's answers, each with the resource bound in as a term ({@link Template}: the
 * embedded store keeps their plans), on every store mode. Every query starts from the resource itself, so each is a
 * few index lookups whatever the size of the store; the incoming links and resting facts are capped (LIMIT inside
 * the subquery). The benchmark sends {@link #DATA} to Fuseki, so that both servers answer the same query.
 */
public final class EntityTemplates {
    private EntityTemplates() {}

    /** Triples of ?x and of blank nodes up to three hops below it (reference → selector, kinship → reference → selector). */
    private static final String CBD_PATTERN = """
            { ?x ?p ?o BIND(?x AS ?s) }
            UNION { ?x ?p1 ?b1 FILTER(isBlank(?b1)) ?b1 ?p ?o BIND(?b1 AS ?s) }
            UNION { ?x ?p1 ?b1 FILTER(isBlank(?b1)) ?b1 ?p2 ?b2 FILTER(isBlank(?b2)) ?b2 ?p ?o BIND(?b2 AS ?s) }
            UNION { ?x ?p1 ?b1 FILTER(isBlank(?b1)) ?b1 ?p2 ?b2 FILTER(isBlank(?b2)) ?b2 ?p3 ?b3 FILTER(isBlank(?b3)) ?b3 ?p ?o BIND(?b3 AS ?s) }
            """;

    /** The resource's description: its triples and those of the blank nodes under it (references, selectors, family ties). */
    public static final Template DESCRIPTION = new Template("CONSTRUCT { ?s ?p ?o } WHERE { " + CBD_PATTERN + " }", "x");

    /**
     * The statement reifiers of ?target's own triples (RDF 1.2: {@code ?r rdf:reifies <<( ?target ?p ?o )>>}), each with its
     * description: its references and their selectors, and its label and RDF 1.1 reification from the derived graphs.
     * From ?target outwards: each triple of ?target gives one triple term to look up. The triple term names a copy of the
     * resource (?stated), not the variable a store binds: Jena's variable substitution, which binds it in the query text
     * sent to a remote store, does not reach into triple terms, and Fuseki refused the result (400).
     */
    private static String statements(String resource, String reifier) {
        return """
            { SELECT DISTINCT %1$s %2$s WHERE { %1$s ?tp ?to BIND(%1$s AS ?stated) %2$s <%3$s> <<( ?stated ?tp ?to )>> } LIMIT 2000 }
            """.formatted(resource, reifier, RDF.reifies.getURI()) + CBD_PATTERN.replace("?x", reifier);
    }

    /**
     * The RDF answer for a resource: its description, its statements' reifiers with their references, and (up to 5,000
     * of) the triples that point at it.
     */
    public static final Template DATA = new Template("CONSTRUCT { ?s ?p ?o . ?in ?inP ?x } WHERE { { " + CBD_PATTERN
            + " } UNION { SELECT ?x ?in ?inP WHERE { ?in ?inP ?x } LIMIT 5000 } UNION { " + statements("?x", "?statement") + " } }", "x");

    /** The reifiers of the resource's own statements, described (references, selectors, labels), for the page's facts. */
    static final Template STATEMENTS = new Template("CONSTRUCT { ?s ?p ?o } WHERE { " + statements("?target", "?x") + " }", "target");

    /**
     * The links to ?target: resources pointing at it directly or through one of their blank nodes (a reference, a
     * family tie), with the earliest date of each (a state's transfers by year). Only the links, not the pointing
     * resources' descriptions: a case study is pointed at by the briefing, whose description lists every case study.
     * The blank-node branch starts from ?target: written the other way round, the FILTER splits the pattern and the
     * engine scans every quad of the store for "?x ?in1 ?b" before it looks at ?target.
     */
    static final Template INCOMING = new Template(Prefixes.sparql("rkg") + """
            CONSTRUCT { ?x ?in ?target . ?x ?in1 ?b . ?b ?in2 ?target . ?x rkg:earliest ?earliest } WHERE {
              { SELECT ?target ?x ?in ?in1 ?b ?in2 WHERE {
                  { ?x ?in ?target } UNION { ?b ?in2 ?target . FILTER(isBlank(?b)) ?x ?in1 ?b }
                  FILTER(isIRI(?x) && ?x != ?target)
                } LIMIT 2000 }
              OPTIONAL { ?x rkg:earliest ?earliest }
            }""", "target");

    /** A person's events, decisions and claims (what has ?target as rkg:person), described in full for the timeline. */
    static final Template ABOUT_PERSON = new Template(Prefixes.sparql("rkg") + """
            CONSTRUCT { ?s ?p ?o } WHERE {
              { SELECT DISTINCT ?target ?x WHERE { ?x rkg:person ?target FILTER(isIRI(?x)) } LIMIT 2000 }
            """ + CBD_PATTERN + " }", "target");

    /** The statement reifiers of the case study about ?target (its outcomes, risk profiles, returning states, status), described. */
    static final Template CASE_STATEMENTS = new Template(Prefixes.sparql("rkg") + """
            CONSTRUCT { ?s ?p ?o } WHERE {
              { SELECT DISTINCT ?target ?x WHERE { ?case rkg:person ?target ; a rkg:CaseStudy ; ?tp ?to . ?x <%s> <<( ?case ?tp ?to )>> } LIMIT 2000 }
            """.formatted(RDF.reifies.getURI()) + CBD_PATTERN + " }", "target");

    /**
     * Facts whose references name a footnote that is ?target or cites ?target (a source), with the footnotes their
     * references name: enough to list them. Spelled out triple by triple from ?target outwards: as property paths,
     * the engine joined "?x prov:wasDerivedFrom ?ref" unbound.
     */
    static final Template RESTING_ON = new Template(Prefixes.sparql("prov", "rkg") + """
            CONSTRUCT { ?x prov:wasDerivedFrom ?r . ?r rkg:footnote ?f } WHERE {
              { SELECT DISTINCT ?target ?x WHERE {
                  { ?ref rkg:footnote ?target . ?x prov:wasDerivedFrom ?ref }
                  UNION { ?fn rkg:cites ?target . ?ref rkg:footnote ?fn . ?x prov:wasDerivedFrom ?ref }
                  UNION { ?ref rkg:footnote ?target . ?kin prov:wasDerivedFrom ?ref . ?x rkg:relative ?kin }
                  FILTER(isIRI(?x))
                } LIMIT 2000 }
              ?x prov:wasDerivedFrom ?r .
              ?r rkg:footnote ?f
            }""", "target");

    /** Decisions taken by the courts and authorities of a state (?target), for the state's page. */
    static final Template DECIDED_IN = new Template(Prefixes.sparql("rkg") + """
            CONSTRUCT { ?s ?p ?o } WHERE {
              { SELECT DISTINCT ?target ?x WHERE { ?body rkg:jurisdiction ?target . ?x rkg:decidedBy ?body } LIMIT 2000 }
            """ + CBD_PATTERN + " }", "target");

    /** The footnotes behind what a state sent or a body decided (a page's by-year pictures name them in their tooltips). */
    static final Template ITEM_FOOTNOTES = new Template(Prefixes.sparql("prov", "rkg") + """
            CONSTRUCT { ?x prov:wasDerivedFrom ?r . ?r rkg:footnote ?f } WHERE {
              { SELECT DISTINCT ?target ?x WHERE { { ?x rkg:sendingState ?target } UNION { ?x rkg:decidedBy ?target } } LIMIT 2000 }
              ?x prov:wasDerivedFrom ?r . ?r rkg:footnote ?f
            }""", "target");
}
