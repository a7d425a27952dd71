package org.refoulementkg.web.sparql;

import java.util.List;
import java.util.Locale;

import org.refoulementkg.web.http.HttpProblem;

import io.javalin.http.Context;

/**
 * The SPARQL 1.1 Protocol query operation as it arrives: GET {@code ?query=}, POST form, or POST
 * {@code application/sparql-query}; plus {@code default-graph-uri} / {@code named-graph-uri}.
 * Updates are recognised only to be refused: the endpoint is read-only.
 */
record QueryRequest(String query, List<String> defaultGraphs, List<String> namedGraphs) {

    static QueryRequest from(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String method = ctx.method().name();
        if (contentType.startsWith("application/sparql-update") || (method.equals("POST") && ctx.formParam("update") != null)
                || ctx.queryParam("update") != null)
            throw new HttpProblem(403, "This endpoint is read-only: SPARQL Update (including LOAD, INSERT, DELETE, CLEAR, DROP) is not accepted.");
        String query;
        List<String> defaults = ctx.queryParams("default-graph-uri");
        List<String> named = ctx.queryParams("named-graph-uri");
        if (method.equals("POST") && contentType.startsWith("application/sparql-query")) {
            query = ctx.body();
        } else if (method.equals("POST") && contentType.startsWith("application/x-www-form-urlencoded")) {
            query = ctx.formParam("query");
            if (defaults.isEmpty()) defaults = ctx.formParams("default-graph-uri");
            if (named.isEmpty()) named = ctx.formParams("named-graph-uri");
        } else if (method.equals("POST")) {
            throw new HttpProblem(415, "POST a query as application/x-www-form-urlencoded (query=...) or application/sparql-query.");
        } else {
            query = ctx.queryParam("query");
        }
        return new QueryRequest(query, defaults, named);
    }
}
