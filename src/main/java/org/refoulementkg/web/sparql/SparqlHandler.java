package org.refoulementkg.web.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.web.http.ClientBudget;
import org.refoulementkg.web.http.HttpProblem;
import org.refoulementkg.web.http.Negotiation;
import org.refoulementkg.web.http.RdfVersion;
import org.refoulementkg.web.http.RdfWriter;
import org.refoulementkg.web.http.Negotiation.Offers;
import org.refoulementkg.web.http.SpillBuffer;
import org.refoulementkg.web.http.WorkGate;

import io.javalin.http.Context;

/**
 * The SPARQL 1.1 Protocol query operation at {@code /sparql}: read-only, with a timeout that really stops
 * the query (503), results chosen by Accept or {@code format}. A browser gets the query page (which runs a shared
 * {@code ?query=} itself and shows any error inline); a machine without a query gets the Service Description.
 */
public final class SparqlHandler {
    private final KnowledgeGraph kg;
    private final Duration timeout;
    private final QueryLimits limits;
    private final QueryPage page;
    private final ServiceDescription description;
    private final WorkGate running;
    private final HeapGuard heap;
    private final ClientBudget budget;
    private final ResultCache cache;
    private final String cacheLimits;
    private final PreparedQueries recentQueries = new PreparedQueries();

    public SparqlHandler(KnowledgeGraph kg, Duration timeout, QueryLimits limits, ClientBudget budget, ResultCache cache,
                         QueryPage page, ServiceDescription description) {
        this.kg = kg;
        this.cache = cache;
        this.cacheLimits = limits + " timeout=" + timeout;
        this.budget = budget;
        this.timeout = timeout;
        this.limits = limits;
        this.page = page;
        this.description = description;
        this.running = new WorkGate(limits.running(), timeout, "query");
        this.heap = HeapGuard.shared(limits.heapFraction());
    }

    public void handle(Context ctx) {
        QueryRequest request = QueryRequest.from(ctx);
        boolean get = ctx.method().name().equals("GET");
        if (request.query() == null && !get) QueryPolicy.parse(null); // 400: a POST must carry a query
        // A text asked before without a protocol dataset is prepared already (the dataset would change the query).
        Optional<PreparedQuery> known = request.query() == null || request.namesGraphs() ? Optional.empty() : recentQueries.known(request.query());
        Optional<Query> parsed = known.map(PreparedQuery::query).or(() -> request.query() == null ? Optional.empty() : QueryPolicy.tryParse(request.query()));
        // One decision: the page, or without a query the description's formats, or the query's form's formats (any
        // format for a query that does not parse: its answer is the parse error, and the page shows that inline).
        Offers offers = request.query() == null ? Offers.GRAPHS_OR_PAGE : parsed.map(Offers::forQuery).orElse(Offers.ANY_ANSWER_OR_PAGE);
        MediaType type = Negotiation.choose(ctx, offers);
        if (Negotiation.isHtml(type)) { page.render(ctx); return; }
        if (request.query() == null) { description.render(ctx, Negotiation.langOf(type)); return; }
        answer(ctx, known.orElseGet(() -> prepare(request, parsed)), type);
    }

    /** Checks the parsed query (or gives the parser's 400), applies the protocol dataset, and keeps it for next time. */
    private PreparedQuery prepare(QueryRequest request, Optional<Query> parsed) {
        Query query = parsed.map(QueryPolicy::check).orElseGet(() -> QueryPolicy.parse(request.query()));
        QueryPolicy.applyDataset(query, request.defaultGraphs(), request.namedGraphs());
        PreparedQuery p = PreparedQuery.of(query);
        if (!request.namesGraphs()) recentQueries.remember(request.query(), p);
        return p;
    }

    /** A catalogue query, prepared once: the named queries' texts do not change while the server runs. */
    public PreparedQuery prepare(String text) {
        return recentQueries.known(text).orElseGet(() -> {
            PreparedQuery p = PreparedQuery.of(QueryPolicy.parse(text));
            recentQueries.remember(text, p);
            return p;
        });
    }

    /** Runs {@code prepared} and writes its answer as {@code type} (not text/html), with this endpoint's timeout and errors. */
    public void answer(Context ctx, PreparedQuery prepared, MediaType type) {
        Query query = prepared.query();
        Lang lang = Negotiation.langOf(type);
        RdfVersion version = RdfVersion.requested(ctx, type);
        String contentType = query.isConstructType() || query.isDescribeType() ? RdfWriter.contentType(lang, version) : type.getContentTypeStr() + "; charset=utf-8";
        ResultCache.Key key = cacheKey(prepared, contentType);
        if (key != null) {
            byte[] kept = noCache(ctx) ? null : cache.get(key);
            ctx.header(X_CACHE, kept == null ? "miss" : "hit");
            if (kept != null) { ctx.contentType(contentType); ctx.result(kept); return; } // no gate, no budget: nothing runs
        }
        var out = new SpillBuffer(ctx, contentType, limits.bufferBytes(), limits.answerBytes());
        Query metered = prepared.metered();
        ClientBudget.Account account = budget.admit(ctx);
        try {
            // The client's own turn first, then everyone's: a client's flood waits behind itself.
            account.inTurn(timeout, () -> running.run(budget.priority(account), () -> {
                long start = System.nanoTime();
                try {
                    return kg.query(metered, timeout, qe -> {
                        bound(qe.getContext());
                        return heap.watch(qe, () -> { QueryAnswer.write(qe, metered, lang, version, out, limits.graphTriples()); return null; });
                    });
                } finally {
                    account.spend(System.nanoTime() - start);
                }
            }));
            byte[] complete = out.finish();
            // Kept only if whole (never streamed) and the data did not change while it ran.
            if (key != null && complete != null && kg.version().filter(key.dataVersion()::equals).isPresent()) cache.put(key, complete);
        } catch (StackOverflowError e) {
            if (out.committed()) throw new StreamCut("the query nests too deeply to run");
            throw QueryPolicy.tooDeep();
        } catch (QueryLimits.Exceeded | SpillBuffer.TooLarge e) {
            if (out.committed()) throw new StreamCut(e.getMessage());
            throw new HttpProblem(503, e.getMessage());
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

    /** Says whether an answer came from the {@link ResultCache} ({@code hit}) or was computed ({@code miss}); absent with the cache off. */
    public static final String X_CACHE = "X-Cache";

    /** The answer's key in the cache, or null: cache off, or an empty store (no version). Read before the query runs. */
    private ResultCache.Key cacheKey(PreparedQuery prepared, String contentType) {
        if (!cache.on()) return null;
        return kg.version().map(v -> new ResultCache.Key(v, prepared.canonical(), contentType, cacheLimits)).orElse(null);
    }

    /** {@code Cache-Control: no-cache} (or no-store) from the client: compute the answer afresh (RFC 9111 §5.2.1.4). */
    private static boolean noCache(Context ctx) {
        String cc = ctx.header("Cache-Control");
        return cc != null && (cc.contains("no-cache") || cc.contains("no-store"));
    }

    /** This execution's bounds, set before it plans (the plan reads them from the context). */
    private void bound(org.apache.jena.sparql.util.Context context) {
        new QueryBudget(limits).putInto(context);
        context.set(ARQ.spillToDiskThreshold, limits.sortRows());
        context.set(ARQ.enablePropertyFunctions, false); // a predicate is data, never code (FunctionAllowList)
        // Jena's FILTER(a || b) → UNION rewrite returns a solution twice when both hold (apache/jena GH-4160).
        context.set(ARQ.optFilterDisjunction, false);
    }

    /** The timeout or a limit struck after the response had started: the only thing left to do is to cut it. */
    public static final class StreamCut extends RuntimeException {
        StreamCut(Duration timeout) { this("query timed out after " + timeout.toSeconds() + " s while its results were streaming"); }
        StreamCut(String why) { super(why + "; response cut"); }
    }

    private HttpProblem timedOut() {
        return new HttpProblem(503, "Query timed out after " + timeout.toSeconds() + " s and was stopped. Narrow it down (LIMIT, more specific patterns) or run it locally with ./kg query.");
    }

    private static boolean causedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof HttpTimeoutException) return true;
        return false;
    }
}
