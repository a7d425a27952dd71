package org.refoulementkg.web.browse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.html.Html;
import org.refoulementkg.web.html.Labels;

/** A fixed SELECT rendered as an HTML table: IRI columns link to pages, with the label from a sibling column. */
final class Listing {
    final String title;
    final String intro;
    private final Query query;
    private final List<String> columns;

    /** @param columns variables to show; for a variable {@code x}, {@code xLabel} (if selected) is its link text */
    Listing(String title, String intro, String sparql, List<String> columns) {
        this.title = title;
        this.intro = intro;
        this.query = QueryFactory.create(RKG.sparqlPrefixes() + sparql);
        this.columns = columns;
    }

    String table(KnowledgeGraph kg, Duration timeout, Labels labels) {
        List<QuerySolution> rows = kg.query(query, timeout, qe -> {
            var list = new ArrayList<QuerySolution>();
            qe.execSelect().forEachRemaining(list::add);
            return list;
        });
        var b = new StringBuilder("<table><tr>");
        for (String c : columns) b.append("<th>").append(Html.esc(c)).append("</th>");
        b.append("</tr>");
        for (QuerySolution row : rows) {
            b.append("<tr>");
            for (String c : columns) {
                RDFNode v = row.get(c);
                RDFNode label = row.get(c + "Label");
                b.append("<td>");
                if (v == null) b.append("");
                else if (v.isURIResource()) b.append(Html.a(labels.href(v.asResource().getURI()), label != null ? label.asLiteral().getLexicalForm() : v.asResource().getURI()));
                else if (v.isLiteral()) b.append(Html.esc(v.asLiteral().getLexicalForm()));
                b.append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table><p class=\"muted\">").append(rows.size()).append(" rows · ")
         .append(Html.a("/sparql?query=" + java.net.URLEncoder.encode(query.toString(), java.nio.charset.StandardCharsets.UTF_8), "see the query"))
         .append("</p>");
        return b.toString();
    }
}
