package org.refoulementkg.web.entity;

import org.refoulementkg.vocab.PROV;

/** Where the resource itself comes from: its own references, and how to cite it. */
final class ProvenanceSection implements Section {
    @Override public void render(StringBuilder b, PageModel page) {
        if (!page.m.contains(page.r, PROV.wasDerivedFrom)) return;
        b.append("<section><h2>Where this comes from</h2>");
        References.render(b, page, page.r);
        b.append(Citation.action(page, page.r, page.r.getURI()));
        b.append("</section>");
    }
}
