package org.refoulementkg.load;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Parses one file strictly and streams its quads on: any error or warning (bad IRI, bad literal for its datatype,
 * wrong encoding, truncated file) stops the parse with {@code file:line:column: message}. Triples go to the file's
 * own named graph; a TriG file's named graphs keep their names. Nothing of the file is kept here.
 */
final class StrictParser {
    private StrictParser() {}

    /** Sends every quad of {@code file} to {@code sink} and returns how many; throws {@link DataFileException}. */
    static long parse(SourceFile file, StreamRDF sink) {
        Node graph = NodeFactory.createURI(file.graphName());
        long[] count = {0};
        StreamRDF inFileGraph = new StreamRDFWrapper(sink) {
            @Override public void triple(Triple t) { quad(Quad.create(graph, t)); }
            @Override public void quad(Quad q) {
                count[0]++;
                other.quad(q.isDefaultGraph() ? Quad.create(graph, q.asTriple()) : q);
            }
            @Override public void start() {} // the sink spans all files: each file does not start and finish it
            @Override public void finish() {}
        };
        Utf8Check.check(file.path());
        try {
            RDFParser.source(file.path())
                    .lang(file.lang())
                    .checking(true)
                    .errorHandler(new FailFast(file.path()))
                    .parse(inFileGraph);
        } catch (DataFileException e) {
            throw e;
        } catch (RiotException e) {
            throw new DataFileException(file.path(), -1, -1, e.getMessage());
        }
        return count[0];
    }

    /** Warnings are errors here: data the loader does not fully understand is never absorbed. */
    private record FailFast(Path file) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) { throw new DataFileException(file, line, col, message); }
        @Override public void error(String message, long line, long col) { throw new DataFileException(file, line, col, message); }
        @Override public void fatal(String message, long line, long col) { throw new DataFileException(file, line, col, message); }
    }
}
