package org.refoulementkg.web.html;

import java.util.List;

import org.refoulementkg.web.http.Negotiation;
import org.refoulementkg.web.http.Negotiation.Offers;

import io.javalin.http.Context;

/** An error answer: a page for browsers, plain text for everyone else; never a stack trace. */
public final class ProblemPage {
    private static final Offers PLAIN_OR_HTML = new Offers(List.of(Negotiation.PLAIN, Negotiation.HTML));

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

    /** A page only for clients that name text/html and prefer it: plain text for everyone else, including * / *. */
    private static boolean prefersHtml(String accept) {
        return accept != null && accept.contains(Negotiation.HTML)
                && Negotiation.match(accept, PLAIN_OR_HTML).filter(Negotiation::isHtml).isPresent();
    }
}
