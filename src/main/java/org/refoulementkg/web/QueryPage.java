package org.refoulementkg.web;

import io.javalin.http.Context;

/** The query page a browser gets at {@code /sparql}. */
public final class QueryPage {
    public void render(Context ctx) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>SPARQL — refoulement-kg</title></head>
                <body><h1>SPARQL query</h1>
                <form method="post" action="/sparql"><textarea name="query" rows="12" cols="100">SELECT * WHERE { ?s ?p ?o } LIMIT 10</textarea>
                <p><button type="submit">Run</button></p></form></body></html>
                """);
    }
}
