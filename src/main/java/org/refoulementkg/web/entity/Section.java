package org.refoulementkg.web.entity;

import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.refoulementkg.store.Template;

/**
 * One part of an entity page. It says for which resources it shows (by their types, known from the description),
 * what it needs from the store beyond the description, and how it renders: the page fetches exactly what the
 * sections it shows need, and they render from that.
 */
interface Section {
    /** Whether the page of a resource with these types shows this section. */
    default boolean shownFor(Set<Resource> types) { return true; }

    /** The templates whose answers it shows, besides the resource's description. */
    default List<Template> needs() { return List.of(); }

    /** Appends the section; nothing when the model holds nothing for it. */
    void render(StringBuilder b, PageModel page);
}
