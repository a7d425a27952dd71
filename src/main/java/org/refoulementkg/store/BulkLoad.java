package org.refoulementkg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Writes a publication into a fresh, empty TDB2 dataset in its two phases, holding none of it in memory: the sources
 * stream through TDB2's bulk loader; then the checks read what was written while, side by side, the derived quads are
 * computed from it into a file beside it (they cannot be added while the dataset is read); once the checks pass, that
 * file is bulk-loaded, and last comes the record of the version. The sequential loader, because it works in this
 * thread: the phased and parallel loaders hand the work to other threads, and when one of those fails (a full disk)
 * the loader waits for it forever. It also works in a small heap (the phased loader runs out of memory at -Xmx150m
 * on 10⁶ triples).
 */
final class BulkLoad {
    private BulkLoad() {}

    /** {@code spillDir}: where the derived quads wait (the store's own disk, so a full disk fails here too). */
    static void into(Dataset target, Publication publication, Path spillDir) {
        DatasetGraph dsg = target.asDatasetGraph();
        stream(dsg, publication::writeSources);
        var checks = new FutureTask<Void>(() -> { publication.check(dsg); return null; });
        var checker = new Thread(checks, "checks");
        checker.setDaemon(true);
        checker.start();
        Path derived = spillFile(spillDir);
        try {
            try {
                derive(dsg, publication, derived);
            } finally {
                awaitQuietly(checks); // no one reads the dataset any more once this returns
            }
            Await.result(checks); // the data's problems, or what else stopped the checks
            stream(dsg, sink -> RDFParser.source(derived).lang(Lang.NQUADS).parse(sink));
        } finally {
            delete(derived);
        }
        Txn.executeWrite(target, () -> Meta.record(dsg, publication.fingerprint()));
    }

    private static void derive(DatasetGraph dsg, Publication publication, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            publication.derive(dsg, writer);
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitQuietly(FutureTask<Void> checks) {
        try {
            checks.get();
        } catch (ExecutionException failed) { // thrown by Await.result, unless another failure comes first
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One run of the bulk loader over what {@code source} sends; an exception ends the run and is thrown on. */
    private static void stream(DatasetGraph dsg, Consumer<StreamRDF> source) {
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, (fmt, args) -> {});
        loader.startBulk();
        try {
            source.accept(loader.stream());
            loader.finishBulk();
        } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        }
    }

    private static Path spillFile(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "derived-", ".nq");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) { // a leftover in the store's folder is removed with the next abandoned store
        }
    }
}
