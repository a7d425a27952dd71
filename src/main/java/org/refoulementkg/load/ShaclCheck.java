package org.refoulementkg.load;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;

/**
 * Validates data against the SHACL shapes and returns every violation as one readable line. Each shape is validated
 * focus node by focus node as the data yields them ({@link FocusNodes}), so that memory holds the violations, not the
 * nodes: the data may be a store far larger than the heap. Each shape is a task of its own, so that the shapes can be
 * validated side by side.
 */
final class ShaclCheck {
    private ShaclCheck() {}

    /**
     * One task per shape with targets, each giving a line per violation: where the focus node is described
     * ({@code fileOf}), the focus node, path, the shape's message and the offending value. {@link #lines} joins them.
     */
    static List<Callable<List<String>>> tasks(Graph shapesGraph, Graph data, Function<Node, String> fileOf) {
        Shapes shapes = Shapes.parse(shapesGraph);
        var tasks = new ArrayList<Callable<List<String>>>();
        for (Shape shape : shapes.getTargetShapes()) tasks.add(() -> {
            ValidationContext context = ValidationContext.create(shapes, data);
            for (Target target : shape.getTargets())
                FocusNodes.forEach(target, data, node -> VLib.validateShape(context, data, shape, node));
            return context.generateReport().getEntries().stream().map(e -> line(e, data, fileOf)).toList();
        });
        return tasks;
    }

    /** The tasks' lines, sorted, each once (a node reached twice is reported once). */
    static List<String> lines(List<List<String>> results) {
        var lines = new TreeSet<String>();
        results.forEach(lines::addAll);
        return List.copyOf(lines);
    }

    private static String line(ReportEntry e, Graph data, Function<Node, String> fileOf) {
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
