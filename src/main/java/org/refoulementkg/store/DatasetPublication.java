package org.refoulementkg.store;

import java.util.ArrayList;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * A publication already in memory and checked, derived graphs included: tests' data, {@code ./kg validate}'s result,
 * and what a remote store is sent. {@link #materialize} runs another publication's phases into memory to get one;
 * that holds the whole dataset, so it is for small data (the embedded store writes to TDB2 instead).
 */
public record DatasetPublication(DatasetGraph dataset, String fingerprint, int files, long quads) implements Publication {

    static DatasetPublication of(DatasetGraph dataset, String fingerprint, int files) {
        long quads = 0;
        for (var it = dataset.find(); it.hasNext(); it.next()) quads++;
        return new DatasetPublication(dataset, fingerprint, files, quads);
    }

    /** Both phases of {@code p} into a dataset in memory: throws {@link LoadFailedException} as a store would. */
    public static DatasetPublication materialize(Publication p) {
        if (p instanceof DatasetPublication done) return done;
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        p.writeSources(StreamRDFLib.dataset(dsg));
        p.check(dsg);
        var derived = new ArrayList<Quad>(); // not added while the dataset is read
        p.derive(dsg, new StreamRDFBase() {
            @Override public void quad(Quad q) { derived.add(q); }
        });
        derived.forEach(dsg::add);
        return new DatasetPublication(dsg, p.fingerprint(), p.files(), p.quads());
    }

    @Override public void writeSources(StreamRDF sink) { dataset.find().forEachRemaining(sink::quad); }

    @Override public void check(DatasetGraph written) {}

    @Override public long derive(DatasetGraph written, StreamRDF sink) { return 0; }
}
