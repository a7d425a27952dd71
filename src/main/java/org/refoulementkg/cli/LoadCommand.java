package org.refoulementkg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Validate ontology/ and data/, then replace the store's data with them in one switch.",
                "On any error nothing is changed and the exit code is 1. A running server picks up the new data by itself."})
final class LoadCommand implements Callable<Integer> {
    @Mixin HomeOption home;
    @Mixin StoreOptions store;

    @Option(names = "--no-shacl", description = {"Skip the SHACL shapes (strict parsing and the quote check still run).",
            "For bulk data that was validated before (./kg validate) or is valid by construction, such as ./kg generate's."})
    boolean noShacl;

    @Override
    public Integer call() {
        try (var kg = store.open(home)) {
            var done = StoreOptions.publisher(kg, home, !noShacl).publish(System.out);
            var p = done.publication();
            // The store wrote the files, checked what it wrote, added the derived graphs, and only then switched to it.
            System.out.printf("loaded %,d triples from %d files into %s in %.1f s%n",
                    p.quads(), p.files(), kg.describe(), (done.staging().toNanos() + done.writing().toNanos()) / 1e9);
        }
        return 0;
    }
}
