package org.refoulementkg.web.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.refoulementkg.vocab.Prefixes;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Links;
import org.refoulementkg.web.http.Formats;

/**
 * The ontology as an HTML page: the ontology's header, then every class, property and concept scheme (with
 * its concepts), each under an anchor — {@code /ontology#Transfer} for {@code rkg:Transfer}, {@code
 * /ontology#concept/transfer-types} for a scheme — with label, comment, hierarchy, domain, range and how
 * often the data uses it.
 */
final class OntologyPage {
    private static final List<Resource> CLASS_TYPES = List.of(OWL.Class, RDFS.Class);
    private static final List<Resource> PROPERTY_TYPES = List.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property);

    private final OntologyDocs docs;
    private final Model m;
    private final Links links;

    OntologyPage(OntologyDocs docs, Links links) {
        this.docs = docs;
        this.m = docs.vocabulary();
        this.links = links;
    }

    String render() {
        List<Resource> classes = ours(CLASS_TYPES);
        List<Resource> properties = ours(PROPERTY_TYPES);
        List<Resource> schemes = sorted(m.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList());
        Resource ontology = m.getResource(RKG.ONTOLOGY);

        var sb = new StringBuilder(64 * 1024);
        String title = text(ontology, DCTerms.title, RDFS.label);
        sb.append("<h1>").append(Html.esc(title.isEmpty() ? "Ontology" : title)).append("</h1>")
          .append("<p class=\"iri\">").append(Html.esc(RKG.ONTOLOGY)).append(" · namespace ").append(Html.esc(RKG.NS)).append("</p>");
        String description = text(ontology, DCTerms.description, RDFS.comment);
        if (!description.isEmpty()) sb.append("<p>").append(Html.esc(description)).append("</p>");
        String version = text(ontology, OWL.versionInfo);
        Resource licence = ontology.getPropertyResourceValue(DCTerms.license);
        if (!version.isEmpty() || licence != null) {
            sb.append("<p>");
            if (!version.isEmpty()) sb.append("Version ").append(Html.esc(version)).append(". ");
            if (licence != null && licence.isURIResource()) sb.append("Licence: ").append(links.iri(licence.getURI())).append('.');
            sb.append("</p>");
        }
        sb.append("<p class=\"alt\">This vocabulary as ").append(Links.formats("/ontology", Formats.GRAPHS))
          .append(" · counts are uses in the data, outside the ontology's own graphs.</p>");

        sb.append("<nav class=\"toc\"><p><b>Classes</b> ").append(anchorLinks(classes, false))
          .append("</p><p><b>Properties</b> ").append(anchorLinks(properties, false))
          .append("</p><p><b>Concept schemes</b> ").append(anchorLinks(schemes, true)).append("</p></nav>");

        sb.append("<h2 id=\"classes\">Classes</h2>");
        for (Resource c : classes) classSection(sb, c, properties);
        sb.append("<h2 id=\"properties\">Properties</h2>");
        for (Resource p : properties) propertySection(sb, p);
        sb.append("<h2 id=\"concept-schemes\">Concept schemes</h2>");
        for (Resource s : schemes) schemeSection(sb, s);
        return sb.toString();
    }

    private void classSection(StringBuilder sb, Resource c, List<Resource> properties) {
        open(sb, c);
        row(sb, "Subclass of", links(m.listObjectsOfProperty(c, RDFS.subClassOf).toList()));
        row(sb, "Subclasses", links(m.listSubjectsWithProperty(RDFS.subClassOf, c).toList()));
        row(sb, "Properties with this domain", links(properties.stream().filter(p -> m.contains(p, RDFS.domain, c)).toList()));
        row(sb, "Properties with this range", links(properties.stream().filter(p -> m.contains(p, RDFS.range, c)).toList()));
        long n = docs.instances().getOrDefault(c.getURI(), 0L);
        row(sb, "Instances in the data", count(n, "SELECT ?instance ?label WHERE {\n  ?instance a <" + c.getURI()
                + "> .\n  OPTIONAL { ?instance rdfs:label ?label }\n}\nORDER BY ?label\nLIMIT 500"));
        sb.append("</table></section>");
    }

    private void propertySection(StringBuilder sb, Resource p) {
        open(sb, p);
        var types = m.listObjectsOfProperty(p, RDF.type).toList().stream()
                .filter(t -> t.isURIResource() && PROPERTY_TYPES.contains(t.asResource())).toList();
        row(sb, "Kind", links(types));
        row(sb, "Subproperty of", links(m.listObjectsOfProperty(p, RDFS.subPropertyOf).toList()));
        row(sb, "Domain", links(m.listObjectsOfProperty(p, RDFS.domain).toList()));
        row(sb, "Range", links(m.listObjectsOfProperty(p, RDFS.range).toList()));
        long n = docs.triples().getOrDefault(p.getURI(), 0L);
        row(sb, "Triples in the data", count(n, "SELECT ?subject ?object WHERE {\n  ?subject <" + p.getURI() + "> ?object .\n}\nLIMIT 500"));
        sb.append("</table></section>");
    }

    private void schemeSection(StringBuilder sb, Resource scheme) {
        open(sb, scheme);
        sb.append("</table>");
        Set<Resource> concepts = new LinkedHashSet<>(m.listSubjectsWithProperty(SKOS.inScheme, scheme).toList());
        concepts.addAll(m.listSubjectsWithProperty(SKOS.topConceptOf, scheme).toList());
        m.listObjectsOfProperty(scheme, SKOS.hasTopConcept).forEachRemaining(o -> { if (o.isURIResource()) concepts.add(o.asResource()); });
        sb.append("<table class=\"concepts\"><thead><tr><th>Concept</th><th>Definition</th><th>Uses in the data</th></tr></thead><tbody>");
        for (Resource c : sorted(new ArrayList<>(concepts))) {
            long n = docs.conceptUses().getOrDefault(c.getURI(), 0L);
            sb.append("<tr><td>").append(links.iri(c.getURI()));
            String label = label(c);
            if (!label.isEmpty()) sb.append("<br>").append(Html.esc(label));
            sb.append("</td><td>").append(Html.esc(comment(c))).append("</td><td>")
              .append(count(n, "SELECT ?subject ?property WHERE {\n  ?subject ?property <" + c.getURI() + "> .\n}\nLIMIT 500"))
              .append("</td></tr>");
        }
        sb.append("</tbody></table></section>");
    }

    /** The section heading, label, IRI and comment; leaves a table open for the term's rows. */
    private void open(StringBuilder sb, Resource term) {
        String label = label(term);
        sb.append("<section class=\"term\" id=\"").append(Html.esc(anchor(term))).append("\"><h3>")
          .append(Html.esc(label.isEmpty() ? shortName(term) : label))
          .append(" <span class=\"iri\">").append(Html.esc(shortName(term))).append("</span></h3>");
        String comment = comment(term);
        if (!comment.isEmpty()) sb.append("<p>").append(Html.esc(comment)).append("</p>");
        sb.append("<table><tr><th>IRI</th><td class=\"iri\">").append(Html.esc(term.getURI())).append("</td></tr>");
    }

    private static void row(StringBuilder sb, String name, String valueHtml) {
        if (valueHtml.isEmpty()) return;
        sb.append("<tr><th>").append(Html.esc(name)).append("</th><td>").append(valueHtml).append("</td></tr>");
    }

    /** The count, linked to the query page running a query that lists the uses (the IRI comes from the vocabulary). */
    private static String count(long n, String listQuery) {
        String text = String.format(Locale.ROOT, "%,d", n);
        if (n == 0) return text;
        return Html.a(Links.query("PREFIX rdfs: <" + RDFS.getURI() + ">\n" + listQuery), text);
    }

    /** Links for IRIs; "one of A, B" for an owl:unionOf class; other blank nodes are left out. */
    private String links(List<? extends RDFNode> nodes) {
        var parts = new ArrayList<String>();
        for (RDFNode n : sorted(nodes.stream().filter(RDFNode::isResource).map(RDFNode::asResource).toList())) {
            Resource r = n.asResource();
            if (r.isURIResource()) parts.add(links.iri(r.getURI()));
            else if (r.hasProperty(OWL.unionOf)) {
                RDFList members = r.getPropertyResourceValue(OWL.unionOf).as(RDFList.class);
                parts.add("one of " + String.join(", ", members.iterator().toList().stream()
                        .filter(RDFNode::isURIResource).map(x -> links.iri(x.asResource().getURI())).toList()));
            }
        }
        return String.join(", ", parts);
    }

    /** In-page links, by local name (rkg:CaseLaw → CaseLaw) or by label, separated by dots. */
    private String anchorLinks(List<Resource> terms, boolean byLabel) {
        return String.join(" · ", terms.stream().map(t -> {
            String text = byLabel && !label(t).isEmpty() ? label(t) : anchor(t);
            return "<a href=\"#" + Html.esc(anchor(t)) + "\">" + Html.esc(text) + "</a>";
        }).toList());
    }

    private static String shortName(Resource term) { return Prefixes.compact(term.getURI()).orElse(term.getURI()); }

    /** {@code Transfer} for rkg:Transfer; {@code concept/transfer-types} for a data IRI; else the full IRI. */
    static String anchor(Resource term) {
        String iri = term.getURI();
        if (iri.startsWith(RKG.NS)) return iri.substring(RKG.NS.length());
        if (iri.startsWith(RKG.ID)) return iri.substring(RKG.ID.length());
        return iri;
    }

    /** Terms of ours with one of these types: in our namespace, or defined by our ontology. Sorted by name. */
    private List<Resource> ours(List<Resource> types) {
        var found = new LinkedHashSet<Resource>();
        for (Resource t : types) {
            m.listSubjectsWithProperty(RDF.type, t).forEachRemaining(r -> {
                if (r.isURIResource() && (r.getURI().startsWith(RKG.NS) || m.contains(r, RDFS.isDefinedBy, m.getResource(RKG.ONTOLOGY))))
                    found.add(r);
            });
        }
        return sorted(new ArrayList<>(found));
    }

    private static <R extends RDFNode> List<R> sorted(List<R> nodes) {
        var out = new ArrayList<>(nodes);
        out.sort(Comparator.comparing((R n) -> n.isURIResource() ? anchor(n.asResource()).toLowerCase(Locale.ROOT) : "~"));
        return out;
    }

    private static String label(Resource r) { return text(r, RDFS.label, SKOS.prefLabel); }

    private static String comment(Resource r) { return text(r, RDFS.comment, SKOS.definition, DCTerms.description); }

    /** The first English (or untagged) literal of the first property that has one. */
    private static String text(Resource r, Property... props) {
        for (Property p : props) {
            String any = null;
            for (var it = r.listProperties(p); it.hasNext(); ) {
                RDFNode o = it.next().getObject();
                if (!o.isLiteral()) continue;
                Literal l = o.asLiteral();
                if (l.getLanguage().isEmpty() || l.getLanguage().toLowerCase(Locale.ROOT).startsWith("en")) return l.getLexicalForm();
                if (any == null) any = l.getLexicalForm();
            }
            if (any != null) return any;
        }
        return "";
    }
}
