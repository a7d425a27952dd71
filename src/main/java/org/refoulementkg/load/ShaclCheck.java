package org.refoulementkg.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/**
 * Validates data against the SHACL shapes and returns every violation as one readable line, in memory that holds
 * the violations, not the data: the data may be a store far larger than the heap. The shapes that target subjects
 * (a class, or the subjects of a property: all of ours) are validated in one pass over the subjects
 * ({@link SubjectGroups}), each subject with its own triples at hand ({@link FocusFirstGraph}), split over the cores;
 * any other shape is a task of its own, focus node by focus node as the data yields them ({@link FocusNodes}).
 */
final class ShaclCheck {
    private ShaclCheck() {}

    /** What a shape's targets select, for the shapes whose targets all select subjects. */
    private record SubjectTargets(Shape shape, Set<Node> classes, Set<Node> subjectsOf) {
        boolean selects(Kinds subject) {
            for (Node p : subject.predicates()) if (subjectsOf.contains(p)) return true;
            for (Node c : subject.types()) if (classes.contains(c)) return true;
            return false;
        }
    }

    /** The properties a subject has and its types, read from its triples once for all the shapes. */
    private record Kinds(Set<Node> predicates, Set<Node> types) {
        static Kinds of(Iterator<Triple> triples) {
            var predicates = new HashSet<Node>();
            var types = new HashSet<Node>();
            try {
                triples.forEachRemaining(t -> {
                    predicates.add(t.getPredicate());
                    if (t.getPredicate().equals(RDF.type.asNode())) types.add(t.getObject());
                });
            } finally {
                Iter.close(triples);
            }
            return new Kinds(predicates, types);
        }
    }

    /**
     * The tasks that validate {@code dataset} (read in a transaction of each task's own), each giving a line per
     * violation: where the focus node is described ({@code fileOf}), the focus node, path, the shape's message and
     * the offending value. {@code data} is the union of its graphs. {@link #lines} joins them. Call in a read
     * transaction (the targets' classes are looked up).
     */
    static List<Callable<List<String>>> tasks(Graph shapesGraph, DatasetGraph dataset, Graph data, Function<Node, String> fileOf) {
        Shapes shapes = Shapes.parse(shapesGraph);
        var bySubject = new ArrayList<SubjectTargets>();
        var tasks = new ArrayList<Callable<List<String>>>();
        for (Shape shape : shapes.getTargetShapes()) {
            SubjectTargets t = subjectTargets(shape, data);
            if (t != null) bySubject.add(t);
            else tasks.add(() -> {
                ValidationContext context = ValidationContext.create(shapes, data);
                for (Target target : shape.getTargets())
                    FocusNodes.forEach(target, data, node -> VLib.validateShape(context, data, shape, node));
                return report(context, data, fileOf);
            });
        }
        int parts = bySubject.isEmpty() ? 0 : Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < parts; i++) {
            int part = i;
            tasks.add(() -> {
                var g = new FocusFirstGraph(data);
                ValidationContext context = ValidationContext.create(shapes, g);
                SubjectGroups.forEach(dataset, part, parts, (described, nearby) -> {
                    Node subject = described.subject();
                    g.focus(subject, described.triples(), nearby);
                    Kinds kinds = Kinds.of(described.triples() != null ? described.triples().iterator() : data.find(subject, Node.ANY, Node.ANY));
                    for (SubjectTargets t : bySubject) if (t.selects(kinds)) VLib.validateShape(context, g, t.shape(), subject);
                });
                return report(context, data, fileOf);
            });
        }
        return tasks;
    }

    /** Null if one of the shape's targets selects other nodes than subjects. */
    private static SubjectTargets subjectTargets(Shape shape, Graph data) {
        var classes = new HashSet<Node>();
        var subjectsOf = new HashSet<Node>();
        for (Target target : shape.getTargets())
            switch (target.getTargetType()) {
                case targetClass, implicitClass -> classes.addAll(FocusNodes.classAndSubclasses(target.getObject(), data));
                case targetSubjectsOf -> subjectsOf.add(target.getObject());
                default -> { return null; }
            }
        return new SubjectTargets(shape, classes, subjectsOf);
    }

    private static List<String> report(ValidationContext context, Graph data, Function<Node, String> fileOf) {
        return context.generateReport().getEntries().stream().map(e -> line(e, data, fileOf)).toList();
    }

    /** The tasks' lines, sorted, each once (a node reached twice is reported once). */
    static List<String> lines(List<List<String>> results) {
        var lines = new TreeSet<String>();
        results.forEach(lines::addAll);
        return List.copyOf(lines);
    }

    static String line(ReportEntry e, Graph data, Function<Node, String> fileOf) {
        var sb = new StringBuilder(fileOf.apply(NodeNames.owner(e.focusNode(), data)));
        sb.append(NodeNames.name(e.focusNode(), data));
        if (e.resultPath() != null) sb.append(" [path ").append(NodeNames.shortenPath(e.resultPath().toString())).append(']');
        sb.append(": ").append(e.message());
        if (e.value() != null) sb.append(" (value: ").append(shorten(NodeNames.name(e.value(), data))).append(')');
        return sb.toString();
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
