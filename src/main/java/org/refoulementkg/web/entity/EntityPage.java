package org.refoulementkg.web.entity;

import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Labels;
import org.refoulementkg.web.html.Links;
import org.refoulementkg.web.http.Formats;

/**
 * The HTML page of one resource: label and types, its data in other formats and "query this" links, then the
 * {@link Section}s its types call for — a timeline for people, facts grouped by property with each fact's provenance
 * inline, the facts resting on a footnote or source, a state's transfers and decisions by year, and incoming links.
 *
 * <pre>{@code
 * var page = new EntityPage(new Labels(new Links(RKG.BASE)));
 * String html = page.render(neighbourhood.forPage(iri, EntityPage.SECTIONS), iri, "/id/person/alice");
 * }</pre>
 */
final class EntityPage {
    /** The sections, in the order they appear. */
    static final List<Section> SECTIONS = List.of(new StatementSection(), new SummarySection(), new TimelineSection(), new FactsSection(), new ProvenanceSection(),
            new RestingOnSection(), ByYearSection.TRANSFERS, ByYearSection.DECISIONS, ByYearSection.DECIDED, new LinkedFromSection());

    private final Labels labels;

    EntityPage(Labels labels) { this.labels = labels; }

    String render(Model m, String iri, String localPath) { return render(m, iri, localPath, null); }

    /** @param kind the slug of the one kind of event the timeline shows, or null for all */
    String render(Model m, String iri, String localPath, String kind) {
        var page = new PageModel(m, iri, labels, localPath, kind);
        Resource r = page.r;
        String title = page.label(r);
        var b = new StringBuilder();
        b.append("<article class=\"entity\"><h1>").append(Html.esc(title)).append("</h1>");
        b.append("<p class=\"types\">").append(page.join(m.listObjectsOfProperty(r, RDF.type).toList())).append("</p>");
        b.append("<p class=\"iri\">").append(Html.esc(iri)).append("</p>");
        b.append("<p class=\"alt\">Data: ").append(Links.formats(localPath, Formats.GRAPHS))
         .append(" · Query this: ")
         .append(Html.a(Links.query("DESCRIBE <" + iri + ">"), "describe"))
         .append(" ").append(Html.a(Links.query("SELECT ?property ?value WHERE {\n  <" + iri + "> ?property ?value\n}"), "statements"))
         .append(" ").append(Html.a(Links.query("SELECT ?subject ?property WHERE {\n  ?subject ?property <" + iri + ">\n}"), "links here"))
         .append("</p>");
        Set<Resource> types = PageModel.types(m, r);
        for (Section s : SECTIONS) if (s.shownFor(types)) s.render(b, page);
        b.append("</article>");
        return Html.page(title, b.toString());
    }
}
