package org.refoulementkg.cli;

import java.util.concurrent.Callable;

import org.refoulementkg.load.Loader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Validate ontology/ and data/, then replace the store's data with them in one switch.",
                "On any error nothing is changed and the exit code is 1. A running server picks up the new data by itself."})
final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOptions options;

    @Override
    public Integer call() {
        var data = Loader.prepare(options.sources(), System.out);
        try (var kg = options.open()) {
            kg.publish(data);
            System.out.printf("loaded %,d triples from %d files into %s%n", data.quads(), data.files(), kg.describe());
        }
        return 0;
    }
}
