package org.refoulementkg.web.entity;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.refoulementkg.store.Template;
import org.refoulementkg.vocab.PROV;
import org.refoulementkg.vocab.RKG;

/** For a footnote or a source: every fact whose references name it (a source: a footnote that cites it). */
final class RestingOnSection implements Section {
    // Only footnotes are named by references and only sources are cited by footnotes: other pages need not ask.
    @Override public boolean shownFor(Set<Resource> types) { return types.contains(RKG.Footnote) || types.contains(RKG.Source); }

    @Override public List<Template> needs() { return List.of(EntityTemplates.RESTING_ON); }

    @Override public void render(StringBuilder b, PageModel page) {
        var m = page.m;
        var facts = new TreeMap<String, Resource>();
        m.listSubjectsWithProperty(PROV.wasDerivedFrom).forEachRemaining(s -> {
            if (!s.isURIResource()) return;
            for (RDFNode ref : m.listObjectsOfProperty(s, PROV.wasDerivedFrom).toList())
                for (RDFNode fn : m.listObjectsOfProperty(ref.asResource(), RKG.footnote).toList())
                    if (fn.equals(page.r) || m.contains(fn.asResource(), RKG.cites, page.r)) facts.put(page.byLabel(s), s);
        });
        b.append("<section><h2>Facts resting on this ").append(page.isA(page.r, RKG.Footnote) ? "footnote" : "source")
         .append(" (").append(facts.size()).append(")</h2><ul>");
        facts.values().forEach(f -> b.append("<li>").append(page.link(f)).append("</li>"));
        b.append("</ul></section>");
    }
}
