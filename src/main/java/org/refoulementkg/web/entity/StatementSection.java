package org.refoulementkg.web.entity;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * On a statement's own page (an RDF 1.2 reifier, {@code stmt:…}): the statement it names — subject, property, value,
 * each linked — in one line. Its references follow in "Where this comes from".
 */
final class StatementSection implements Section {
    @Override public boolean shownFor(Set<Resource> types) { return types.contains(RDF.Statement); }

    @Override public void render(StringBuilder b, PageModel page) {
        // through the graph: the model API hands triple terms back as resources here
        for (Triple reifies : page.m.getGraph().find(page.r.asNode(), RDF.reifies.asNode(), Node.ANY).toList()) {
            if (!reifies.getObject().isTripleTerm()) continue;
            Statement st = page.m.asStatement(reifies.getObject().getTriple());
            b.append("<section class=\"statement\"><h2>The statement</h2><p class=\"triple\">")
             .append(page.link(st.getSubject())).append(" <span class=\"muted\">—</span> ")
             .append(page.link(st.getPredicate())).append(" <span class=\"muted\">—</span> ")
             .append(page.link(st.getObject())).append("</p></section>");
        }
    }
}
