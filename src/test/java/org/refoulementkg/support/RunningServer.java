package org.refoulementkg.support;

import java.nio.file.Path;
import java.time.Duration;

import org.refoulementkg.store.KnowledgeGraph;
import org.refoulementkg.web.WebApp;

import io.javalin.Javalin;

/** The real web app on a random port, for tests that speak HTTP to it. */
public final class RunningServer implements AutoCloseable {
    private final Javalin app;

    private RunningServer(Javalin app) { this.app = app; }

    /** The app with the test fixture as its project home (fixture queries/ as the catalogue). */
    public static RunningServer start(KnowledgeGraph kg, Duration timeout) {
        return start(kg, timeout, Fixtures.FIXTURE);
    }

    public static RunningServer start(KnowledgeGraph kg, Duration timeout, Path home) {
        return new RunningServer(WebApp.create(kg, new WebApp.Settings(timeout, home)).start("127.0.0.1", 0));
    }

    public String url(String path) { return "http://127.0.0.1:" + app.port() + path; }

    @Override public void close() { app.stop(); }
}
