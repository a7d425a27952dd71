package org.refoulementkg.load;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The focus nodes of a SHACL target, one at a time as the store's indexes give them, instead of Jena's collection of
 * all of them (a million events would fill a small heap). A node may come more than once (it has two types, or two
 * values of the target's property); recent ones are skipped, and the violations are made distinct afterwards.
 */
final class FocusNodes {
    private static final int RECENT = 4096;

    private FocusNodes() {}

    static void forEach(Target target, Graph data, Consumer<Node> action) {
        var recent = new Recent<Node, Boolean>(RECENT, true);
        Consumer<Node> once = n -> { if (recent.put(n, Boolean.TRUE) == null) action.accept(n); };
        switch (target.getTargetType()) {
            case targetNode -> action.accept(target.getObject());
            case targetClass, implicitClass -> {
                for (Node c : classAndSubclasses(target.getObject(), data))
                    each(data.find(Node.ANY, RDF.type.asNode(), c), t -> once.accept(t.getSubject()));
            }
            case targetSubjectsOf -> each(data.find(Node.ANY, target.getObject(), Node.ANY), t -> once.accept(t.getSubject()));
            case targetObjectsOf -> each(data.find(Node.ANY, target.getObject(), Node.ANY), t -> once.accept(t.getObject()));
            default -> target.getFocusNodes(data).forEach(action); // SPARQL-based targets: Jena finds them
        }
    }

    /** The class and every class below it by {@code rdfs:subClassOf}: the ontology's few. */
    static Set<Node> classAndSubclasses(Node c, Graph data) {
        var all = new LinkedHashSet<Node>();
        var todo = new ArrayDeque<Node>();
        todo.add(c);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (all.add(n)) each(data.find(Node.ANY, RDFS.subClassOf.asNode(), n), t -> todo.add(t.getSubject()));
        }
        return all;
    }

    private static void each(Iterator<Triple> it, Consumer<Triple> action) {
        try {
            it.forEachRemaining(action);
        } finally {
            Iter.close(it);
        }
    }
}
