package org.refoulementkg.web.html;

import java.util.Locale;

/**
 * Server-side HTML: every piece of text from the data or the request goes through {@link #esc}, and every
 * page shares one layout that loads only our own assets (no inline script, so the CSP can forbid it).
 */
public final class Html {
    private Html() {}

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        var sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A link with escaped target and text. */
    public static String a(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** A count as a tile of a {@code counts} row: the number, then what it counts. */
    public static String count(long n, String what) {
        return "<div><b>" + String.format(Locale.ROOT, "%,d", n) + "</b>" + esc(what) + "</div>";
    }

    /** The shared page layout: header with navigation and search, the body, a footer with the citation. */
    public static String page(String title, String body, String... scripts) { return pageWithHead(title, "", body, scripts); }

    /** The layout with more in the head: {@code head} is ours (a JSON-LD block, say), never text from a request. */
    public static String pageWithHead(String title, String head, String body, String... scripts) {
        var sb = new StringBuilder(body.length() + 2048);
        sb.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .append("<title>").append(esc(title)).append(" — refoulement-kg</title>")
          .append("<link rel=\"stylesheet\" href=\"/static/site.css\">");
        for (String s : scripts) sb.append("<script src=\"").append(esc(s)).append("\" defer></script>");
        sb.append(head);
        sb.append("</head><body><header class=\"site\"><a class=\"brand\" href=\"/\">refoulement-kg</a>")
          .append("<nav aria-label=\"Site\"><a href=\"/explore\">Explore</a> <a href=\"/timeline\">Timeline</a> <a href=\"/browse/cases\">Cases</a> <a href=\"/browse/states\">States</a> <a href=\"/browse/courts\">Courts</a> ")
          .append("<a href=\"/browse/sources\">Sources</a> <a href=\"/sparql\">SPARQL</a> <a href=\"/queries\">Queries</a> ")
          .append("<a href=\"/ontology\">Ontology</a></nav>")
          .append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" ")
          .append("placeholder=\"Search people, places, sources…\" aria-label=\"Search\"><button type=\"submit\">Search</button></form></header>\n<main>")
          .append(body)
          .append("</main><footer class=\"site\">Data: Amnesty International, <cite>Europe: The Point of No Return</cite>, ")
          .append("EUR 01/7577/2024, January 2024 (CC BY-NC-ND 4.0). Every fact links to its footnote and the briefing's words.</footer>")
          .append("</body></html>\n");
        return sb.toString();
    }
}
