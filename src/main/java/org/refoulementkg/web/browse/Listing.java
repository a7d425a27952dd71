package org.refoulementkg.web.browse;

import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.refoulementkg.vocab.Prefixes;

/**
 * A list to start browsing from: a fixed SELECT (the project's prefixes declared) and the variables it shows; for a
 * variable {@code x}, {@code xLabel} (if selected) is the text of its link. Rendered by {@link ListingTable}.
 */
record Listing(String title, String intro, Query query, List<String> columns) {
    Listing(String title, String intro, String sparql, List<String> columns) {
        this(title, intro, QueryFactory.create(Prefixes.sparql() + sparql), columns);
    }
}
