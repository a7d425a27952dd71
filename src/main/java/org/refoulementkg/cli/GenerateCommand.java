package org.refoulementkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.refoulementkg.corpus.CorpusGenerator;
import org.refoulementkg.corpus.Scales;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic corpus of the briefing's shape at a chosen size, for benchmarks.",
                "The same seed and size give the same bytes. The directory becomes a project home: ./kg load --home DIR, ./kg serve --home DIR."})
final class GenerateCommand implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--triples", defaultValue = "1e5", description = "About how many triples, ontology included (1e4 … 1e7; default: ${DEFAULT-VALUE}).")
    String triples;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Directory to write (empty, or an earlier generated corpus).")
    Path out;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        var s = CorpusGenerator.generate(home.home(), out, Scales.parse(triples), seed);
        System.out.printf("wrote %,d triples (%,d case studies, %d case files) to %s in %.1f s%n",
                s.triples(), s.caseStudies(), s.caseFiles(), s.home(), (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
