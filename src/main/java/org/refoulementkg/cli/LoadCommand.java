package org.refoulementkg.cli;

import java.util.concurrent.Callable;

import org.refoulementkg.load.Loader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Validate ontology/ and data/, then replace the store's data with them in one switch.",
                "On any error nothing is changed and the exit code is 1. A running server picks up the new data by itself."})
final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOptions options;

    @Option(names = "--no-shacl", description = {"Skip the SHACL shapes (strict parsing and the quote check still run).",
            "For bulk data that was validated before (./kg validate) or is valid by construction, such as ./kg generate's."})
    boolean noShacl;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        // The checks run while the store is written; publish switches to it only if they pass.
        var data = Loader.stage(options.sources(), System.out, !noShacl);
        long parsed = System.nanoTime();
        try (var kg = options.open()) {
            kg.publish(data);
            long end = System.nanoTime();
            System.out.printf("loaded %,d triples from %d files into %s in %.1f s (reading %.1f s, then writing %.1f s while the checks ran)%n",
                    data.quads(), data.files(), kg.describe(), (end - start) / 1e9, (parsed - start) / 1e9, (end - parsed) / 1e9);
        }
        return 0;
    }
}
