package org.refoulementkg.web;

import java.nio.file.Path;
import java.time.Duration;

import org.refoulementkg.store.KnowledgeGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.http.staticfiles.Location;
import org.refoulementkg.web.browse.BrowseHandler;
import org.refoulementkg.web.browse.HomeHandler;
import org.refoulementkg.web.browse.SearchHandler;
import org.refoulementkg.web.browse.SearchIndex;
import org.refoulementkg.web.dataset.DumpHandler;
import org.refoulementkg.web.dataset.OntologyHandler;
import org.refoulementkg.web.dataset.VoidHandler;
import org.refoulementkg.web.entity.EntityHandler;
import org.refoulementkg.web.html.Labels;
import org.refoulementkg.web.html.ProblemPage;
import org.refoulementkg.web.http.DataVersion;
import org.refoulementkg.web.http.HttpProblem;
import org.refoulementkg.web.http.SecurityHeaders;
import org.refoulementkg.web.ops.AdminHandler;
import org.refoulementkg.web.ops.HealthHandler;
import org.refoulementkg.web.sparql.QueriesHandler;
import org.refoulementkg.web.sparql.QueryCatalog;
import org.refoulementkg.web.sparql.QueryPage;
import org.refoulementkg.web.sparql.ServiceDescription;
import org.refoulementkg.web.sparql.SparqlHandler;

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
     * @param home         the project directory: its {@code queries/} folder is the query catalogue, and an
     *                     operator reload reads its {@code ontology/} and {@code data/}
     * @param adminToken   the bearer token for operator actions such as reloading; null disables them
     */
    public record Settings(Duration queryTimeout, String baseIri, Path home, String adminToken) {
        /** Settings with the canonical base, the current directory as home, and no operator actions. */
        public Settings(Duration queryTimeout) { this(queryTimeout, org.refoulementkg.vocab.RKG.BASE, Path.of("."), null); }
        public Settings(Duration queryTimeout, Path home) { this(queryTimeout, org.refoulementkg.vocab.RKG.BASE, home, null); }
    }

    private WebApp() {}

    /** A client that promised more body than it sent: its fault (400), not ours. */
    private static boolean incompleteRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof org.eclipse.jetty.io.EofException) return true;
        return false;
    }

    public static Javalin create(KnowledgeGraph kg, Settings settings) {
        var catalog = new QueryCatalog(settings.home());
        var sparql = new SparqlHandler(kg, settings.queryTimeout(), new QueryPage(catalog), new ServiceDescription());
        var health = new HealthHandler(kg);
        var home = new HomeHandler(kg, settings.queryTimeout(), settings.baseIri());
        var version = new DataVersion(kg, settings.queryTimeout());
        var entities = new EntityHandler(kg, settings.queryTimeout(), settings.baseIri(), version);
        var browse = new BrowseHandler(kg, settings.queryTimeout(), settings.baseIri());
        var search = new SearchHandler(new SearchIndex(kg, settings.queryTimeout()), new Labels(settings.baseIri()));
        var queries = new QueriesHandler(catalog, sparql, kg, settings.queryTimeout());
        var ontology = new OntologyHandler(kg, settings.queryTimeout());
        var voidDescription = new VoidHandler(kg, settings.queryTimeout());
        var dumps = new DumpHandler(kg, settings.queryTimeout());
        var admin = new AdminHandler(kg, settings.home(), settings.adminToken(), version::forget);

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
                sf.headers = java.util.Map.of("Cache-Control", "public, max-age=31536000, immutable");
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
            config.routes.get("/sparql", sparql::handle);
            config.routes.post("/sparql", sparql::handle);
            config.routes.get("/health", health::handle);
            config.routes.get("/queries", queries::list);
            config.routes.get("/queries/{name}", queries::show);
            config.routes.get("/ontology", ontology::handle);
            config.routes.get("/.well-known/void", voidDescription::handle);
            config.routes.get("/void", voidDescription::handle);
            config.routes.get("/dump/dataset.trig", dumps::trig);
            config.routes.get("/dump/dataset.nq.gz", dumps::nquadsGz);
            config.routes.head("/dump/dataset.trig", dumps::trig);
            config.routes.head("/dump/dataset.nq.gz", dumps::nquadsGz);
            config.routes.post("/admin/reload", admin::reload);

            config.routes.exception(HttpProblem.class, (e, ctx) -> ProblemPage.render(ctx, e.status(), e.getMessage()));
            config.routes.exception(org.apache.jena.query.QueryCancelledException.class, (e, ctx) -> ProblemPage.render(ctx, 503,
                    "Building this page took longer than the " + settings.queryTimeout().toSeconds() + " s the server allows, and was stopped."));
            config.routes.exception(SparqlHandler.StreamCut.class, (e, ctx) -> LOG.info("{} {}: {}", ctx.method(), ctx.path(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (incompleteRequest(e)) { ProblemPage.render(ctx, 400, "The request ended before its declared length: send the whole body."); return; }
                LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                ProblemPage.render(ctx, 500, "Internal error. The server log has the details.");
            });
        });
    }
}
