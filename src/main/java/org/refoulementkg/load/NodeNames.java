package org.refoulementkg.load;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.refoulementkg.vocab.RKG;

/**
 * Readable names for nodes in error messages: {@code event:muradov-deportation} instead of a full IRI,
 * and for a blank node the path from the resource that owns it ({@code event:x → wasDerivedFrom → hasSelector}).
 */
final class NodeNames {
    /** Longest namespace first, so that person: wins over kg: for …/id/person/x. */
    private static final java.util.List<java.util.Map.Entry<String, String>> BY_LENGTH = RKG.PREFIXES.entrySet().stream()
            .sorted((a, b) -> b.getValue().length() - a.getValue().length()).toList();

    private NodeNames() {}

    static String name(Node n, Graph g) {
        return name(n, g, new HashSet<>());
    }

    /** A prefixed name where a namespace fits, else the IRI in angle brackets; also applied inside property paths. */
    static String shorten(String text) {
        for (var e : BY_LENGTH) {
            if (text.startsWith(e.getValue()) && text.length() > e.getValue().length()) {
                String local = text.substring(e.getValue().length());
                if (local.matches("[\\w.-]+")) return e.getKey() + ":" + local;
            }
        }
        return text.contains("://") && !text.startsWith("<") ? "<" + text + ">" : text;
    }

    static String shortenPath(String path) {
        var m = java.util.regex.Pattern.compile("<([^>]+)>").matcher(path);
        return m.replaceAll(r -> java.util.regex.Matcher.quoteReplacement(shorten(r.group(1))));
    }

    /** The resource that owns a node: the node itself, or for a blank node the first IRI above it. */
    static Node owner(Node n, Graph g) {
        Set<Node> seen = new HashSet<>();
        while (n.isBlank() && seen.add(n)) {
            var it = g.find(Node.ANY, Node.ANY, n);
            try {
                if (!it.hasNext()) break;
                n = it.next().getSubject();
            } finally {
                it.close();
            }
        }
        return n;
    }

    private static String name(Node n, Graph g, Set<Node> seen) {
        if (n.isURI()) return shorten(n.getURI());
        if (!n.isBlank() || !seen.add(n)) return n.toString();
        var it = g.find(Node.ANY, Node.ANY, n);
        try {
            if (it.hasNext()) {
                Triple t = it.next();
                return name(t.getSubject(), g, seen) + " → " + t.getPredicate().getLocalName();
            }
        } finally {
            it.close();
        }
        return "[" + n.getBlankNodeLabel() + "]";
    }
}
