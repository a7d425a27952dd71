package org.refoulementkg.store;

import java.util.Optional;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

/**
 * One complete dataset of the local store and the version of the data it holds, read once when the generation is
 * opened or built: the data of a generation never changes.
 */
record Generation(String id, Dataset dataset, Optional<DataVersion> version) {

    static Generation of(String id, Dataset dataset) {
        return new Generation(id, dataset, Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(Meta.VERSION).build()) {
                return Meta.version(qe);
            }
        }));
    }
}
