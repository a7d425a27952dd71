package org.refoulementkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.refoulementkg.web.http.RdfVersion;
import org.refoulementkg.web.http.RdfWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the whole dataset, every named graph, as TriG or N-Quads.")
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin HomeOption home;
    @Mixin StoreOptions store;

    @Option(names = "--format", defaultValue = "trig", description = "trig or nquads (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Lang lang = switch (format.toLowerCase(Locale.ROOT)) {
            case "trig" -> Lang.TRIG;
            case "nquads", "nq", "n-quads" -> Lang.NQUADS;
            default -> throw new ParameterException(spec.commandLine(), "unknown format: " + format + " (trig or nquads)");
        };
        try (var kg = store.open(home)) {
            StoreOptions.publisher(kg, home, true).ensureCurrent(System.err);
            if (output == null) {
                kg.export(dataset -> RdfWriter.write(System.out, dataset, lang, RdfVersion.RDF_1_2));
                System.out.flush();
            } else {
                try (OutputStream out = Files.newOutputStream(output)) { kg.export(dataset -> RdfWriter.write(out, dataset, lang, RdfVersion.RDF_1_2)); }
            }
        }
        return 0;
    }
}
