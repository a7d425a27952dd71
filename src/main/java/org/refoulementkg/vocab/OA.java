package org.refoulementkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sys.JenaSystem;

/** The W3C Web Annotation terms the code uses: a reference's selector and its exact quote (Jena has no OA class). */
public final class OA {
    // Jena first: a vocabulary class that is the first to touch Jena (./kg query's prefixes, say) must not start
    // Jena's initialisation from inside its own, which leaves Jena's own vocabulary half-made.
    static { JenaSystem.init(); }

    private OA() {}

    public static final String NS = "http://www.w3.org/ns/oa#";
    public static final Property hasSelector = ResourceFactory.createProperty(NS + "hasSelector");
    public static final Property exact = ResourceFactory.createProperty(NS + "exact");
}
