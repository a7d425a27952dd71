package org.refoulementkg.web.browse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Labels;
import org.refoulementkg.web.html.Links;

/** A {@link Listing} run and rendered as an HTML table: IRI columns link to pages, a note links to the query itself. */
public final class ListingTable {
    private final KnowledgeGraph kg;
    private final Duration timeout;
    private final Links links;

    public ListingTable(KnowledgeGraph kg, Duration timeout, Links links) {
        this.kg = kg;
        this.timeout = timeout;
        this.links = links;
    }

    String render(Listing listing) {
        List<QuerySolution> rows = kg.query(listing.query(), timeout, qe -> {
            var list = new ArrayList<QuerySolution>();
            qe.execSelect().forEachRemaining(list::add);
            return list;
        });
        var b = new StringBuilder("<table><tr>");
        for (String c : listing.columns()) b.append("<th scope=\"col\">").append(Html.esc(Labels.words(c))).append("</th>");
        b.append("</tr>");
        for (QuerySolution row : rows) {
            b.append("<tr>");
            for (String c : listing.columns()) {
                RDFNode v = row.get(c);
                RDFNode label = row.get(c + "Label");
                b.append("<td>");
                if (v != null && v.isURIResource())
                    b.append(links.to(v.asResource().getURI(), label != null ? label.asLiteral().getLexicalForm() : v.asResource().getURI()));
                else if (v != null && v.isLiteral()) b.append(Html.esc(v.asLiteral().getLexicalForm()));
                b.append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table><p class=\"muted\">").append(rows.size()).append(" rows · ")
         .append(Html.a(Links.query(listing.query().toString()), "see the query")).append("</p>");
        return b.toString();
    }
}
