package org.refoulementkg.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;

/** Validates data against the SHACL shapes and returns every violation as one readable line. */
final class ShaclCheck {
    private ShaclCheck() {}

    /**
     * One line per violation: where the focus node is described ({@code fileOf}), the focus node, path, the shape's
     * message and the offending value.
     */
    static List<String> violations(Graph shapesGraph, Graph data, Function<Node, String> fileOf) {
        Shapes shapes = Shapes.parse(shapesGraph);
        var report = ShaclValidator.get().validate(shapes, data);
        var lines = new ArrayList<String>();
        for (ReportEntry e : report.getEntries()) {
            var sb = new StringBuilder(fileOf.apply(NodeNames.owner(e.focusNode(), data)));
            sb.append(NodeNames.name(e.focusNode(), data));
            if (e.resultPath() != null) sb.append(" [path ").append(NodeNames.shortenPath(e.resultPath().toString())).append(']');
            sb.append(": ").append(e.message());
            if (e.value() != null) sb.append(" (value: ").append(shorten(NodeNames.name(e.value(), data))).append(')');
            lines.add(sb.toString());
        }
        lines.sort(null);
        return lines;
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
