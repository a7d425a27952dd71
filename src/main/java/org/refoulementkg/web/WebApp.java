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

    public record Settings(Duration queryTimeout) {}

    private WebApp() {}

    public static Javalin create(KnowledgeGraph kg, Settings settings) {
        var sparql = new SparqlEndpoint(kg, settings.queryTimeout(), new QueryPage(), new ServiceDescription());
        var health = new HealthHandler(kg);

        return Javalin.create(config -> {
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.startup.showJavalinBanner = false;
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.anyHost()));

            config.routes.get("/sparql", sparql::handle);
            config.routes.post("/sparql", sparql::handle);
            config.routes.get("/health", health::handle);

            config.routes.exception(HttpProblem.class, (e, ctx) -> {
                ctx.status(e.status());
                ctx.contentType("text/plain; charset=utf-8");
                ctx.result(e.getMessage() + "\n");
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                ctx.status(500);
                ctx.contentType("text/plain; charset=utf-8");
                ctx.result("Internal error. The server log has the details.\n");
            });
        });
    }
}
