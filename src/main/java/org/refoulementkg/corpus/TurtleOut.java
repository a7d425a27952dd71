package org.refoulementkg.corpus;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming Turtle writer for generated data: one triple per line (N-Triples-like, with prefixed names),
 * nothing held in memory. With a per-file budget it starts a new file ({@code stem-0001.ttl}, …) at the
 * first unit boundary past the budget, so that a unit (a case with its blank nodes) never spans two files.
 *
 * <pre>{@code
 * try (var out = TurtleOut.rolling(dir, "cases", 100_000, Terms.HEADER)) {
 *     out.triple("person:x", "a", "rkg:Person");
 *     out.unitDone();
 * }
 * }</pre>
 */
final class TurtleOut implements Closeable {
    private final Path dir;
    private final String stem;
    private final long perFile;
    private final String header;
    private final boolean single;
    private final List<Path> files = new ArrayList<>();
    private Writer out;
    private long inFile;
    private long total;

    private TurtleOut(Path dir, String stem, long perFile, String header, boolean single) {
        this.dir = dir;
        this.stem = stem;
        this.perFile = perFile;
        this.header = header;
        this.single = single;
    }

    /** Files {@code dir/stem-0001.ttl}, {@code dir/stem-0002.ttl}, … of about {@code perFile} triples each. */
    static TurtleOut rolling(Path dir, String stem, long perFile, String header) {
        return new TurtleOut(dir, stem, perFile, header, false);
    }

    /** Exactly one file. */
    static TurtleOut single(Path file, String header) {
        return new TurtleOut(file.getParent(), file.getFileName().toString(), Long.MAX_VALUE, header, true);
    }

    /** Writes {@code s p o .}; the terms are already in Turtle syntax (see {@link Terms}). */
    void triple(String s, String p, String o) {
        try {
            if (out == null) open();
            out.write(s);
            out.write(' ');
            out.write(p);
            out.write(' ');
            out.write(o);
            out.write(" .\n");
            inFile++;
            total++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A point where a new file may start: after the current file's budget is spent, the next triple opens one. */
    void unitDone() {
        if (!single && inFile >= perFile) closeFile();
    }

    long triples() { return total; }

    List<Path> files() { return List.copyOf(files); }

    @Override
    public void close() { closeFile(); }

    private void open() throws IOException {
        Files.createDirectories(dir);
        Path p = single ? dir.resolve(stem) : dir.resolve("%s-%04d.ttl".formatted(stem, files.size() + 1));
        out = new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16);
        out.write(header);
        files.add(p);
        inFile = 0;
    }

    private void closeFile() {
        if (out == null) return;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out = null;
    }
}
