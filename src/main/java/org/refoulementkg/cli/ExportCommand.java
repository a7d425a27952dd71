package org.refoulementkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the whole dataset, every named graph, as TriG or N-Quads.")
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOptions options;

    @Option(names = "--format", defaultValue = "trig", description = "trig or nquads (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Lang lang = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "trig" -> Lang.TRIG;
            case "nquads", "nq", "n-quads" -> Lang.NQUADS;
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "unknown format: " + format + " (trig or nquads)");
        };
        try (var kg = options.open()) {
            options.ensureCurrent(kg, System.err);
            if (output == null) {
                kg.export(System.out, lang);
                System.out.flush();
            } else {
                try (OutputStream out = Files.newOutputStream(output)) { kg.export(out, lang); }
            }
        }
        return 0;
    }
}
