package org.refoulementkg.load;

import java.util.List;
import java.util.TreeSet;
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
 * nodes: the data may be a store far larger than the heap.
 */
final class ShaclCheck {
    private ShaclCheck() {}

    /**
     * One line per violation: where the focus node is described ({@code fileOf}), the focus node, path, the shape's
     * message and the offending value.
     */
    static List<String> violations(Graph shapesGraph, Graph data, Function<Node, String> fileOf) {
        Shapes shapes = Shapes.parse(shapesGraph);
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes())
            for (Target target : shape.getTargets())
                FocusNodes.forEach(target, data, node -> VLib.validateShape(context, data, shape, node));
        var lines = new TreeSet<String>(); // a node reached twice is reported once
        for (ReportEntry e : context.generateReport().getEntries()) {
            var sb = new StringBuilder(fileOf.apply(NodeNames.owner(e.focusNode(), data)));
            sb.append(NodeNames.name(e.focusNode(), data));
            if (e.resultPath() != null) sb.append(" [path ").append(NodeNames.shortenPath(e.resultPath().toString())).append(']');
            sb.append(": ").append(e.message());
            if (e.value() != null) sb.append(" (value: ").append(shorten(NodeNames.name(e.value(), data))).append(')');
            lines.add(sb.toString());
        }
        return List.copyOf(lines);
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
