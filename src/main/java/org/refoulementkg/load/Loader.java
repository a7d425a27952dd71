package org.refoulementkg.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.refoulementkg.store.DatasetPublication;
import org.refoulementkg.store.LoadFailedException;
import org.refoulementkg.store.Publication;
import org.refoulementkg.store.Publisher;

/**
 * Stages the sources for publishing, in bounded memory: finds the files and reads the briefing's text, and hands the
 * store a {@link SourcesPublication}, which streams the files into the new store one by one (each checked as it
 * parses) and then runs the checks that need all the data on what the store wrote ({@link StoreChecks}), before the
 * store serves any of it. Nothing is published on failure.
 *
 * <pre>{@code
 * var loader = new Loader(Sources.in(Path.of(".")), true);
 * DatasetPublication checked = loader.prepare(System.out);  // ./kg validate: the checked data, in memory
 * new Publisher(kg, loader).publish(System.out);            // ./kg load: streamed into the store
 * }</pre>
 */
public final class Loader implements Publisher.Staging {
    private final Sources sources;
    private final Supplier<List<SourceFile>> files;
    private final boolean shacl;

    /** All the sources, found afresh each time; {@code shacl = false} skips the SHACL shapes (parsing and quotes still run). */
    public Loader(Sources sources, boolean shacl) { this(sources, sources::files, shacl); }

    /** Just these files (with the briefing text of {@code sources}), checked in full. */
    public Loader(Sources sources, List<SourceFile> files) { this(sources, () -> files, true); }

    private Loader(Sources sources, Supplier<List<SourceFile>> files, boolean shacl) {
        this.sources = sources;
        this.files = files;
        this.shacl = shacl;
    }

    /** Runs every check and returns the data, derived graphs included, in memory; or {@link LoadFailedException} with every problem. */
    public DatasetPublication prepare(PrintStream progress) { return DatasetPublication.materialize(stage(progress)); }

    @Override public String fingerprint() { return Fingerprint.of(sources, files.get()); }

    @Override public String describe() { return sources.dataDir().toString(); }

    /** The sources as a publication that the store writes and checks; nothing is parsed yet. */
    @Override public Publication stage(PrintStream progress) {
        List<SourceFile> files = this.files.get();
        if (files.isEmpty())
            throw new LoadFailedException("Nothing to load", List.of("no .ttl or .trig files under " + sources.ontologyDir() + " or " + sources.dataDir()));
        return new SourcesPublication(files, readBriefingText(), shacl, Fingerprint.of(sources, files), progress);
    }

    /** The briefing's text goes into the graph too, so that SPARQL can check quotes against it. */
    private String readBriefingText() {
        Path p = sources.briefingText();
        if (!Files.exists(p)) return null;
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoadFailedException("Cannot read the briefing text", List.of(p + ": " + e.getMessage()));
        }
    }
}
