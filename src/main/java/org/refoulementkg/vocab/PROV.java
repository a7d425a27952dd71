package org.refoulementkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sys.JenaSystem;

/** The W3C PROV-O terms the code uses (Jena has no PROV class). */
public final class PROV {
    // Jena first: a vocabulary class that is the first to touch Jena (./kg query's prefixes, say) must not start
    // Jena's initialisation from inside its own, which leaves Jena's own vocabulary half-made.
    static { JenaSystem.init(); }

    private PROV() {}

    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");
}
