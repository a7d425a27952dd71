package org.refoulementkg.load;

import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.refoulementkg.vocab.Graphs;

/**
 * One RDF file of the project and the named graph it is loaded into:
 * {@code ontology/x.ttl} → {@code <base>graph/ontology/x}, {@code data/cases/y.ttl} → {@code <base>graph/cases/y}.
 */
public record SourceFile(Path path, String graphName, Lang lang) {

    /** A file outside the usual folders (an example, a test fixture): its graph is named after the file. */
    public static SourceFile single(Path p) {
        return of(p, "file/" + stem(p.getFileName()));
    }

    /** A graph of SHACL shapes ({@code ontology/shapes*.ttl}): loaded, but not validated as data. */
    public boolean isShapes() { return Graphs.isShapes(graphName); }

    /** A file of the ontology: vocabulary, concept schemes or shapes. */
    public boolean isOntology() { return Graphs.isOntology(graphName); }

    static SourceFile of(Path p, String relativeStem) {
        return new SourceFile(p, Graphs.ofFile(relativeStem), RDFLanguages.filenameToLang(p.toString()));
    }

    static String stem(Path relative) {
        String s = relative.toString().replace('\\', '/');
        return s.substring(0, s.lastIndexOf('.'));
    }
}
