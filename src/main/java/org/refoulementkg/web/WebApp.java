package org.refoulementkg.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.jena.query.QueryCancelledException;
import org.eclipse.jetty.io.EofException;
import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.store.Publisher;
import org.refoulementkg.vocab.RKG;
import org.refoulementkg.web.browse.BrowseHandler;
import org.refoulementkg.web.browse.HomeHandler;
import org.refoulementkg.web.browse.ListingTable;
import org.refoulementkg.web.browse.SearchHandler;
import org.refoulementkg.web.browse.SearchIndex;
import org.refoulementkg.web.dataset.DumpHandler;
import org.refoulementkg.web.dataset.OntologyHandler;
import org.refoulementkg.web.dataset.VoidHandler;
import org.refoulementkg.web.dataset.VoidPage;
import org.refoulementkg.web.entity.EntityHandler;
import org.refoulementkg.web.explore.ExploreHandler;
import org.refoulementkg.web.facets.FacetValues;
import org.refoulementkg.web.pictures.FlowsHandler;
import org.refoulementkg.web.pictures.TimelineHandler;
import org.refoulementkg.web.html.Links;
import org.refoulementkg.web.html.ProblemPage;
import org.refoulementkg.web.http.ClientBudget;
import org.refoulementkg.web.http.HttpProblem;
import org.refoulementkg.web.http.SecurityHeaders;
import org.refoulementkg.web.ops.AdminHandler;
import org.refoulementkg.web.ops.HealthHandler;
import org.refoulementkg.web.sparql.QueriesHandler;
import org.refoulementkg.web.sparql.QueryCatalog;
import org.refoulementkg.web.sparql.QueryLimits;
import org.refoulementkg.web.sparql.ResultCache;
import org.refoulementkg.web.sparql.QueryPage;
import org.refoulementkg.web.sparql.ServiceDescription;
import org.refoulementkg.web.sparql.SparqlHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.http.staticfiles.Location;

/**
 * The web face: every route in one place. Handlers are small classes that get what they need through
 * their constructors; refusals ({@link HttpProblem}) and failures are mapped to responses once, here.
 *
 * <pre>{@code
 * Javalin app = WebApp.create(kg, new WebApp.Settings(Duration.ofSeconds(30), Path.of("."))).start(8080);
 * }</pre>
 */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    /** The largest request we read (query text, form), in bytes. */
    public static final long MAX_REQUEST_BYTES = 1_000_000;

    /**
     * @param queryTimeout how long a query may run before it is stopped (503)
     * @param baseIri      the canonical base of the data's IRIs; {@code /id/…} here answers for {@code <baseIri>id/…}
     * @param home         the project directory: its {@code queries/} folder is the query catalogue
     * @param limits       what one query on /sparql may build, and how many run at once
     * @param budget       each client's query time per minute, and which proxies' X-Forwarded-For to believe
     * @param resultCache  how many bytes of complete /sparql answers are kept until the data changes
     */
    public record Settings(Duration queryTimeout, String baseIri, Path home, QueryLimits limits, ClientBudget.Settings budget,
                           ResultCache.Settings resultCache) {
        /** Settings with the default limits ({@link QueryLimits#DEFAULT}, {@link ClientBudget.Settings#DEFAULT}, {@link ResultCache.Settings#DEFAULT}). */
        public Settings(Duration queryTimeout, String baseIri, Path home) {
            this(queryTimeout, baseIri, home, QueryLimits.DEFAULT, ClientBudget.Settings.DEFAULT, ResultCache.Settings.DEFAULT);
        }
        /** Settings with the canonical base. */
        public Settings(Duration queryTimeout, Path home) { this(queryTimeout, RKG.BASE, home); }
        public Settings withLimits(QueryLimits l) { return new Settings(queryTimeout, baseIri, home, l, budget, resultCache); }
        public Settings withBudget(ClientBudget.Settings b) { return new Settings(queryTimeout, baseIri, home, limits, b, resultCache); }
        public Settings withResultCache(ResultCache.Settings c) { return new Settings(queryTimeout, baseIri, home, limits, budget, c); }
    }

    /**
     * Operator actions ({@code POST /admin/reload}): the bearer token that allows them and the publisher a reload
     * uses. Without a token they are disabled.
     */
    public record Operator(String token, Publisher publisher) {
        public static final Operator NONE = new Operator(null, null);
    }

    private WebApp() {}

    /** The app without operator actions. */
    public static Javalin create(KnowledgeGraph kg, Settings settings) { return create(kg, settings, Operator.NONE); }

    public static Javalin create(KnowledgeGraph kg, Settings settings, Operator operator) {
        Duration timeout = settings.queryTimeout();
        var links = new Links(settings.baseIri());
        var catalog = new QueryCatalog(settings.home());
        var sparql = new SparqlHandler(kg, timeout, settings.limits(), new ClientBudget(settings.budget()),
                new ResultCache(settings.resultCache()), new QueryPage(catalog), new ServiceDescription());
        var queries = new QueriesHandler(catalog, sparql, kg, timeout, links);
        var entities = new EntityHandler(kg, timeout, links);
        var tables = new ListingTable(kg, timeout, links);
        var home = new HomeHandler(kg, timeout, tables, links.base());
        var browse = new BrowseHandler(tables);
        var facets = new FacetValues(kg, timeout);
        var explore = new ExploreHandler(facets, links);
        var timeline = new TimelineHandler(facets, links);
        var flows = new FlowsHandler(facets);
        var search = new SearchHandler(new SearchIndex(kg, timeout), links);
        var ontology = new OntologyHandler(kg, timeout, links);
        var voidDescription = new VoidHandler(kg, timeout, new VoidPage(links));
        var dumps = new DumpHandler(kg);
        var health = new HealthHandler(kg);
        var admin = new AdminHandler(operator.publisher(), operator.token());

        return Javalin.create(config -> {
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            // gzip for clients that ask (pages and results shrink 5-10×); brotli and zstd would need native libraries.
            config.http.compressionStrategy = new CompressionStrategy(null, new Gzip(6));
            config.startup.showJavalinBanner = false;
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.anyHost()));
            // The query page's YASGUI, from its webjar: no CDN, so the page works offline. The version is in
            // the path, so browsers may keep the files. (The jar has no entry for build/ itself: serve its parent.)
            config.staticFiles.add(sf -> {
                sf.hostedPath = QueryPage.YASGUI;
                sf.directory = "/META-INF/resources/webjars/zazuko__yasgui/4.5.0";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
            });
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/static";
                sf.location = Location.CLASSPATH;
            });

            config.routes.before(SecurityHeaders::apply);

            config.routes.get("/", home::handle);
            config.routes.get("/id/<path>", entities::handle);
            config.routes.head("/id/<path>", entities::handle);
            config.routes.get("/browse/{kind}", browse::handle);
            config.routes.get("/search", search::handle);
            config.routes.get("/explore", explore::handle);
            config.routes.get("/timeline", timeline::handle);
            config.routes.get("/flows", flows::handle);
            config.routes.get("/sparql", sparql::handle);
            config.routes.post("/sparql", sparql::handle);
            config.routes.get("/queries", queries::list);
            config.routes.get("/queries/{name}", queries::show);
            config.routes.get("/ontology", ontology::handle);
            config.routes.get("/.well-known/void", voidDescription::handle);
            config.routes.get("/void", voidDescription::handle);
            config.routes.get("/dump/dataset.trig", dumps::trig);
            config.routes.get("/dump/dataset.nq.gz", dumps::nquadsGz);
            config.routes.head("/dump/dataset.trig", dumps::trig);
            config.routes.head("/dump/dataset.nq.gz", dumps::nquadsGz);
            config.routes.get("/health", health::handle);
            config.routes.post("/admin/reload", admin::reload);

            config.routes.exception(HttpProblem.class, (e, ctx) -> ProblemPage.render(ctx, e.status(), e.getMessage()));
            config.routes.exception(QueryCancelledException.class, (e, ctx) -> ProblemPage.render(ctx, 503,
                    "Building this page took longer than the " + timeout.toSeconds() + " s the server allows, and was stopped."));
            config.routes.exception(SparqlHandler.StreamCut.class, (e, ctx) -> {
                LOG.info("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                // The status line has gone out: abort the connection, so that the client sees an unfinished answer
                // (no closing chunk) instead of a clean end that looks complete.
                ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel().abort(e);
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (incompleteRequest(e)) { ProblemPage.render(ctx, 400, "The request ended before its declared length: send the whole body."); return; }
                LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                ProblemPage.render(ctx, 500, "Internal error. The server log has the details.");
            });
        });
    }

    /** A client that promised more body than it sent: its fault (400), not ours. */
    private static boolean incompleteRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof EofException) return true;
        return false;
    }
}
