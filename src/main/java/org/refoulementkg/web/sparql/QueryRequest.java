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
            if (!utf8(contentType))
                throw new HttpProblem(415, "A query sent as application/sparql-query is UTF-8 (SPARQL 1.1 Protocol §2.1.3): send it as UTF-8, with charset=utf-8 or no charset.");
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
        if (ctx.queryParams("query").size() + (method.equals("POST") && contentType.startsWith("application/x-www-form-urlencoded") ? ctx.formParams("query").size() : 0) > 1)
            throw HttpProblem.badRequest("More than one query in the request: send exactly one 'query' parameter.");
        return new QueryRequest(query, defaults, named);
    }

    /** Graphs named by the protocol (default-graph-uri, named-graph-uri): they replace the query's own dataset. */
    boolean namesGraphs() { return !defaultGraphs.isEmpty() || !namedGraphs.isEmpty(); }

    /** No charset parameter, or UTF-8. */
    private static boolean utf8(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.startsWith("charset=")) return p.substring(8).replace("\"", "").strip().equals("utf-8");
        }
        return true;
    }
}
