package org.refoulementkg.web.facets;

import org.refoulementkg.web.http.HttpProblem;

import io.javalin.http.Context;

/**
 * Which rows of a list to compute: a bound on what one page asks of the store, however large the data. Numbers from
 * the request enter a query as its LIMIT and OFFSET (Jena's syntax tree), never as text.
 *
 * @param offset the rows before this page
 * @param limit  how many rows, or 0 for all of them (downloads)
 */
public record Page(long offset, int limit) {
    public static final Page ALL = new Page(0, 0);

    /** Page {@code number} (from 1) of {@code size} rows. */
    public static Page number(long number, int size) { return new Page((number - 1) * size, size); }

    /** The page number a request asks for ({@code ?page=2}; 1 without it), or 400. */
    public static long requested(Context ctx) {
        String p = ctx.queryParam("page");
        if (p == null || p.isBlank()) return 1;
        if (!p.matches("[1-9][0-9]{0,8}")) throw new HttpProblem(400, "Not a page number: page=" + p + " (1, 2, 3 …).");
        return Long.parseLong(p);
    }

    /** The number of pages of {@code size} rows that {@code rows} fill (one for none); 404 for a page beyond them. */
    public static long check(long requested, long rows, int size) {
        long pages = Math.max(1, (rows + size - 1) / size);
        if (requested > pages) throw new HttpProblem(404, "This list has " + pages + (pages == 1 ? " page" : " pages") + ", not " + requested + ".");
        return pages;
    }

    public boolean isAll() { return limit == 0; }
}
