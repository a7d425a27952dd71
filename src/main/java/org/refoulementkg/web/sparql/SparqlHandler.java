package org.refoulementkg.web.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.refoulementkg.store.KnowledgeGraph;

import io.javalin.http.Context;
import org.refoulementkg.web.http.Formats;
import org.refoulementkg.web.http.HttpProblem;
import org.refoulementkg.web.http.SpillBuffer;

/**
 * The SPARQL 1.1 Protocol query operation at {@code /sparql}: read-only, with a timeout that really stops
 * the query (503), results chosen by Accept or {@code format}. A browser without a query gets the query page;
 * a machine without a query gets the Service Description.
 */
public final class SparqlHandler {
    private static final int BUFFER_LIMIT = 4 * 1024 * 1024;

    private final KnowledgeGraph kg;
    private final Duration timeout;
    private final QueryPage page;
    private final ServiceDescription description;

    public SparqlHandler(KnowledgeGraph kg, Duration timeout, QueryPage page, ServiceDescription description) {
        this.kg = kg;
        this.timeout = timeout;
        this.page = page;
        this.description = description;
    }

    public void handle(Context ctx) {
        QueryRequest request = QueryRequest.from(ctx);
        if (request.query() == null && ctx.method().name().equals("GET")) {
            MediaType type = Formats.choose(ctx.queryParam("format"), ctx.header("Accept"), Formats.GRAPHS, "text/html");
            if (type.getContentTypeStr().equals("text/html")) page.render(ctx);
            else description.render(ctx, Formats.langOf(type));
            return;
        }
        if (ctx.method().name().equals("GET") && prefersPage(ctx)) {
            // A shared link (/sparql?query=…) in a browser: the page runs the query itself and shows any error inline.
            page.render(ctx);
            return;
        }
        Query query = QueryPolicy.parse(request.query());
        QueryPolicy.applyDataset(query, request.defaultGraphs(), request.namedGraphs());
        MediaType type = negotiate(ctx, query);
        if (type.getContentTypeStr().equals("text/html")) { page.render(ctx); return; }
        answer(ctx, query, type);
    }

    private static boolean prefersPage(Context ctx) {
        try {
            return Formats.choose(ctx.queryParam("format"), ctx.header("Accept"), Formats.RESULTS, "text/html")
                    .getContentTypeStr().equals("text/html");
        } catch (HttpProblem notAcceptable) {
            return false;
        }
    }

    /** The type to answer {@code query} in, by {@code format=} or Accept: a results or graph format, or text/html. */
    public static MediaType negotiate(Context ctx, Query query) {
        boolean graphResult = query.isConstructType() || query.isDescribeType();
        return Formats.choose(ctx.queryParam("format"), ctx.header("Accept"),
                graphResult ? Formats.GRAPHS : Formats.RESULTS, "text/html");
    }

    /** Runs {@code query} and writes its answer as {@code type} (not text/html), with this endpoint's timeout and errors. */
    public void answer(Context ctx, Query query, MediaType type) {
        run(ctx, query, Formats.langOf(type), type.getContentTypeStr());
    }

    private void run(Context ctx, Query query, Lang lang, String contentType) {
        var out = new SpillBuffer(ctx, contentType + "; charset=utf-8", BUFFER_LIMIT);
        try {
            kg.query(query, timeout, qe -> { write(qe, query, lang, out); return null; });
            out.finish();
        } catch (QueryCancelledException e) {
            if (out.committed()) throw new StreamCut(timeout);
            throw timedOut();
        } catch (QueryExceptionHTTP e) {
            if (causedByTimeout(e)) throw timedOut();
            throw new HttpProblem(e.getStatusCode() == 400 ? 400 : 502, "The store answered: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The timeout struck after the response had started: the only thing left to do is to cut it. */
    public static final class StreamCut extends RuntimeException {
        StreamCut(Duration timeout) { super("query timed out after " + timeout.toSeconds() + " s while its results were streaming; response cut"); }
    }

    private HttpProblem timedOut() {
        return new HttpProblem(503, "Query timed out after " + timeout.toSeconds() + " s and was stopped. Narrow it down (LIMIT, more specific patterns) or run it locally with ./kg query.");
    }

    private static boolean causedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof java.net.http.HttpTimeoutException) return true;
        return false;
    }

    private static void write(QueryExecution qe, Query query, Lang lang, java.io.OutputStream out) {
        if (query.isSelectType()) ResultsWriter.create().lang(lang).write(out, qe.execSelect());
        else if (query.isAskType()) ResultsWriter.create().lang(lang).write(out, qe.execAsk());
        else if (query.isConstructType()) RDFDataMgr.write(out, qe.execConstruct(), lang);
        else RDFDataMgr.write(out, qe.execDescribe(), lang);
    }
}
