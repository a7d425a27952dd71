package org.refoulementkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The quads of a TDB2 store as Virtuoso 7 takes them, as our remote mode sends them: every named graph, without its
 * RDF 1.2 triple-term triples ({@code r rdf:reifies <<( s p o )>>}; the store holds each statement's RDF 1.1 form
 * too). Run as a child JVM ({@code main}): a TDB2 directory belongs to one process, and the servers open it after.
 * Files of at most {@code perFile} quads, so that Virtuoso's bulk loader can take them in turn.
 *
 * <pre>{@code
 * java … org.refoulementkg.bench.VirtuosoExport <tdb2-dir> <out-dir> [perFile]
 * }</pre>
 */
public final class VirtuosoExport {
    private VirtuosoExport() {}

    public static void main(String[] args) {
        Path store = Path.of(args[0]), out = Path.of(args[1]);
        long perFile = args.length > 2 ? Long.parseLong(args[2]) : 2_000_000;
        long[] counts = export(store, out, perFile);
        System.out.printf("exported %,d quads (left out %,d with triple terms)%n", counts[0], counts[1]);
    }

    /** Writes {@code out/part-N.nq}; returns the quads written and those left out. */
    static long[] export(Path store, Path out, long perFile) {
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        long[] counts = new long[2];
        Txn.executeRead(ds, () -> {
            Iterator<Quad> quads = ds.asDatasetGraph().find();
            int part = 0;
            while (quads.hasNext()) {
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(Files.createDirectories(out).resolve("part-" + part++ + ".nq")), 1 << 16)) {
                    StreamRDF writer = StreamRDFWriter.getWriterStream(file, Lang.NQUADS);
                    writer.start();
                    for (long n = 0; n < perFile && quads.hasNext(); ) {
                        Quad q = quads.next();
                        if (q.getSubject().isTripleTerm() || q.getObject().isTripleTerm() || q.isDefaultGraph()) { counts[1]++; continue; }
                        writer.quad(q);
                        n++;
                        counts[0]++;
                    }
                    writer.finish();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        ds.close();
        return counts;
    }
}
