package org.refoulementkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sys.JenaSystem;

/**
 * The project's IRIs: the bases under which data, graphs and the ontology are minted, and the ontology's terms
 * the code relies on, in the shape of Jena's own vocabulary classes ({@code RDFS}, {@code SKOS}).
 *
 * <pre>{@code
 * model.listSubjectsWithProperty(RDF.type, RKG.Person);
 * graph.find(Node.ANY, RKG.footnote.asNode(), Node.ANY);
 * }</pre>
 */
public final class RKG {
    // Jena first: a vocabulary class that is the first to touch Jena (./kg query's prefixes, say) must not start
    // Jena's initialisation from inside its own, which leaves Jena's own vocabulary half-made.
    static { JenaSystem.init(); }

    private RKG() {}

    /** The canonical base under which all data is minted. */
    public static final String BASE = "https://w3id.org/refoulement-kg/";
    public static final String NS = BASE + "ontology#";
    public static final String ID = BASE + "id/";
    public static final String GRAPH = BASE + "graph/";
    public static final String ONTOLOGY = BASE + "ontology";

    // Resources of the data that the code names.
    public static final Resource briefing = ResourceFactory.createResource(ID + "briefing");
    public static final Resource dataset = ResourceFactory.createResource(ID + "dataset");

    // Classes.
    public static final Resource CaseLaw = cls("CaseLaw");
    public static final Resource CaseStudy = cls("CaseStudy");
    public static final Resource Claim = cls("Claim");
    public static final Resource Court = cls("Court");
    public static final Resource CriminalCharge = cls("CriminalCharge");
    public static final Resource Decision = cls("Decision");
    public static final Resource DiplomaticAssurance = cls("DiplomaticAssurance");
    public static final Resource Event = cls("Event");
    public static final Resource Footnote = cls("Footnote");
    public static final Resource Person = cls("Person");
    public static final Resource RedNotice = cls("RedNotice");
    public static final Resource RightOfReply = cls("RightOfReply");
    public static final Resource Source = cls("Source");
    public static final Resource State = cls("State");
    public static final Resource Transfer = cls("Transfer");

    // Properties.
    public static final Property accordingTo = property("accordingTo");
    public static final Property attribution = property("attribution");
    public static final Property cites = property("cites");
    /** An editorial English rendering of a non-English source title (graph/translations/source-titles). */
    public static final Property titleTranslation = property("titleTranslation");
    public static final Property dateText = property("dateText");
    public static final Property decidedBy = property("decidedBy");
    public static final Property decisionType = property("decisionType");
    public static final Property destination = property("destination");
    public static final Property earliest = property("earliest");
    public static final Property edtf = property("edtf");
    public static final Property eventType = property("eventType");
    public static final Property footnote = property("footnote");
    public static final Property footnoteNumber = property("footnoteNumber");
    public static final Property footnoteText = property("footnoteText");
    public static final Property fullText = property("fullText");
    public static final Property hedge = property("hedge");
    public static final Property inSection = property("inSection");
    public static final Property jurisdiction = property("jurisdiction");
    public static final Property person = property("person");
    public static final Property precededBy = property("precededBy");
    public static final Property sendingState = property("sendingState");
    public static final Property transferType = property("transferType");
    public static final Property latest = property("latest");
    public static final Property origin = property("origin");
    public static final Property outcome = property("outcome");
    public static final Property page = property("page");
    public static final Property place = property("place");
    public static final Property returningState = property("returningState");
    public static final Property riskProfile = property("riskProfile");
    public static final Property sectionNumber = property("sectionNumber");
    public static final Property status = property("status");
    public static final Property nationality = property("nationality");

    private static Resource cls(String local) { return ResourceFactory.createResource(NS + local); }

    private static Property property(String local) { return ResourceFactory.createProperty(NS + local); }
}
