package org.refoulementkg.vocab;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sys.JenaSystem;

/** The SPARQL 1.1 Service Description terms the endpoint describes itself with (Jena has no SD class). */
public final class SD {
    // Jena first: a vocabulary class that is the first to touch Jena (./kg query's prefixes, say) must not start
    // Jena's initialisation from inside its own, which leaves Jena's own vocabulary half-made.
    static { JenaSystem.init(); }

    private SD() {}

    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    /** Where the W3C names the formats a service writes ({@code formats:Turtle}, …). */
    public static final String FORMATS = "http://www.w3.org/ns/formats/";

    public static final Resource Service = ResourceFactory.createResource(NS + "Service");
    public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");
    public static final Resource Graph = ResourceFactory.createResource(NS + "Graph");
    public static final Resource SPARQL11Query = ResourceFactory.createResource(NS + "SPARQL11Query");
    public static final Resource UnionDefaultGraph = ResourceFactory.createResource(NS + "UnionDefaultGraph");
    public static final Property endpoint = ResourceFactory.createProperty(NS + "endpoint");
    public static final Property supportedLanguage = ResourceFactory.createProperty(NS + "supportedLanguage");
    public static final Property feature = ResourceFactory.createProperty(NS + "feature");
    public static final Property resultFormat = ResourceFactory.createProperty(NS + "resultFormat");
    public static final Property defaultDataset = ResourceFactory.createProperty(NS + "defaultDataset");
    public static final Property defaultGraph = ResourceFactory.createProperty(NS + "defaultGraph");
}
