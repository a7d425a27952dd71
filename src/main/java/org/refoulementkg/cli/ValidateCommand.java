package org.refoulementkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.refoulementkg.load.Loader;
import org.refoulementkg.load.SourceFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Parse ontology/ and data/ strictly, check the SHACL shapes and every quote against the briefing.",
                "Exit code 0 when valid, 1 with every problem listed (file:line:column, or focus node and message)."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--only", paramLabel = "FILE", arity = "1..*",
            description = "Validate just these files together with the ontology (e.g. an example in ontology/examples/).")
    List<Path> only;

    @Override
    public Integer call() {
        var sources = home.sources();
        Loader loader;
        if (only == null) {
            loader = new Loader(sources, true);
        } else {
            var chosen = new ArrayList<>(sources.ontologyFiles());
            for (Path p : only) chosen.add(SourceFile.single(p));
            loader = new Loader(sources, chosen);
        }
        var data = loader.prepare(System.out);
        System.out.printf("valid: %d files, %,d triples%n", data.files(), data.quads());
        return 0;
    }
}
