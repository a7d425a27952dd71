package org.refoulementkg.web.html;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

import io.javalin.http.Context;

/** An error answer: a page for browsers, plain text for everyone else; never a stack trace. */
public final class ProblemPage {
    private ProblemPage() {}

    public static void render(Context ctx, int status, String message) {
        ctx.status(status);
        if (prefersHtml(ctx.header("Accept"))) {
            String title = status == 404 ? "Not found" : "Error " + status;
            ctx.contentType("text/html; charset=utf-8");
            ctx.result(Html.page(title, "<h1>" + Html.esc(title) + "</h1><p>" + Html.esc(message) + "</p><p>"
                    + Html.a("/", "Home") + " · " + Html.a("/search", "Search") + "</p>"));
        } else {
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result(message + "\n");
        }
    }

    private static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) return false;
        try {
            MediaType m = AcceptList.match(new AcceptList(accept), AcceptList.create("text/plain", "text/html"));
            return m != null && m.getContentTypeStr().equals("text/html") && accept.contains("text/html");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
