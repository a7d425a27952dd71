package org.refoulementkg.load;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Parses one file strictly into a dataset: any error or warning (bad IRI, bad literal for its datatype,
 * wrong encoding, truncated file) stops the parse with {@code file:line:column: message}.
 * Triples go to the file's own named graph; a TriG file's named graphs keep their names.
 */
final class StrictParser {
    private StrictParser() {}

    static void parseInto(SourceFile file, DatasetGraph target) {
        Node graph = NodeFactory.createURI(file.graphName());
        StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.dataset(target)) {
            @Override public void triple(Triple t) { target.add(graph, t.getSubject(), t.getPredicate(), t.getObject()); }
            @Override public void quad(Quad q) {
                if (q.isDefaultGraph()) target.add(graph, q.getSubject(), q.getPredicate(), q.getObject());
                else target.add(q);
            }
        };
        Utf8Check.check(file.path());
        try {
            RDFParser.source(file.path())
                    .lang(file.lang())
                    .checking(true)
                    .errorHandler(new FailFast(file.path()))
                    .parse(sink);
        } catch (DataFileException e) {
            throw e;
        } catch (RiotException e) {
            throw new DataFileException(file.path(), -1, -1, e.getMessage());
        }
    }

    /** Warnings are errors here: data the loader does not fully understand is never absorbed. */
    private record FailFast(Path file) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) { throw new DataFileException(file, line, col, message); }
        @Override public void error(String message, long line, long col) { throw new DataFileException(file, line, col, message); }
        @Override public void fatal(String message, long line, long col) { throw new DataFileException(file, line, col, message); }
    }
}
