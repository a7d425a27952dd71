package org.refoulementkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Web Annotation terms the code uses: a reference's selector and its exact quote (Jena has no OA class). */
public final class OA {
    private OA() {}

    public static final String NS = "http://www.w3.org/ns/oa#";
    public static final Property hasSelector = ResourceFactory.createProperty(NS + "hasSelector");
    public static final Property exact = ResourceFactory.createProperty(NS + "exact");
}
