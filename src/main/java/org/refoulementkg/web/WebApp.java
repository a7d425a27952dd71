package org.refoulementkg.web;

import java.time.Duration;

import org.refoulementkg.store.KnowledgeGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;

/**
 * The web face: every route in one place. Handlers are small classes that get what they need through
 * their constructors; refusals ({@link HttpProblem}) and failures are mapped to responses once, here.
 *
 * <pre>{@code
 * Javalin app = WebApp.create(kg, new WebApp.Settings(Duration.ofSeconds(30))).start(8080);
 * }</pre>
 */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    /** The largest request we read (query text, form), in bytes. */
    public static final long MAX_REQUEST_BYTES = 1_000_000;

    /**
     * @param queryTimeout how long a query may run before it is stopped (503)
     * @param baseIri the canonical base of the data's IRIs; {@code /id/…} here answers for {@code <baseIri>id/…}
     */
    public record Settings(Duration queryTimeout, String baseIri) {
        public Settings(Duration queryTimeout) { this(queryTimeout, org.refoulementkg.vocab.RKG.BASE); }
    }

    private WebApp() {}

    public static Javalin create(KnowledgeGraph kg, Settings settings) {
        var sparql = new SparqlEndpoint(kg, settings.queryTimeout(), new QueryPage(), new ServiceDescription());
        var health = new HealthHandler(kg);
        var home = new HomePage(kg, settings.queryTimeout(), settings.baseIri());
        var entities = new EntityResource(kg, settings.queryTimeout(), settings.baseIri());
        var browse = new Browse(kg, settings.queryTimeout(), settings.baseIri());
        var search = new SearchPage(new SearchIndex(kg, settings.queryTimeout()), new Labels(settings.baseIri()));

        return Javalin.create(config -> {
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.startup.showJavalinBanner = false;
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.anyHost()));

            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
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

            config.routes.exception(HttpProblem.class, (e, ctx) -> ProblemPage.render(ctx, e.status(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                ProblemPage.render(ctx, 500, "Internal error. The server log has the details.");
            });
        });
    }
}
