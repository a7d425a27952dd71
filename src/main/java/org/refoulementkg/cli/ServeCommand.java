package org.refoulementkg.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.refoulementkg.web.WebApp;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Load the data if the store is empty or older than data/, then serve SPARQL and entity pages.")
final class ServeCommand implements Callable<Integer> {
    @Mixin HomeOption home;
    @Mixin StoreOptions store;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--base-iri", defaultValue = "https://w3id.org/refoulement-kg/",
            description = "Canonical base of the data's IRIs; /id/… paths on this server answer for them (default: ${DEFAULT-VALUE}).")
    String baseIri;

    @Option(names = "--admin-token", description = "Bearer token for operator actions (POST /admin/reload); default: $RKG_ADMIN_TOKEN, else disabled.")
    String adminToken;

    @Override
    public Integer call() throws InterruptedException {
        var kg = store.open(home);
        var publisher = StoreOptions.publisher(kg, home, true);
        publisher.ensureCurrent(System.out);
        String base = baseIri.endsWith("/") ? baseIri : baseIri + "/";
        String token = adminToken != null ? adminToken : System.getenv("RKG_ADMIN_TOKEN");
        var app = WebApp.create(kg, new WebApp.Settings(Duration.ofSeconds(timeoutSeconds), base, home.home()),
                new WebApp.Operator(token, publisher)).start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { app.stop(); kg.close(); }));
        System.out.printf("Serving %s%n  http://localhost:%d/          (home)%n  http://localhost:%d/sparql    (SPARQL endpoint and query page)%n",
                kg.describe(), app.port(), app.port());
        Thread.currentThread().join();
        return 0;
    }
}
