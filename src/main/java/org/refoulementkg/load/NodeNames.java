package org.refoulementkg.load;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.refoulementkg.vocab.Prefixes;

/**
 * Readable names for nodes in error messages: {@code event:muradov-deportation} instead of a full IRI,
 * and for a blank node the path from the resource that owns it ({@code event:x → wasDerivedFrom → hasSelector}).
 */
final class NodeNames {
    private static final Pattern LOCAL_NAME = Pattern.compile("[\\w.-]+");
    private static final Pattern IRI_IN_PATH = Pattern.compile("<([^>]+)>");

    private NodeNames() {}

    static String name(Node n, Graph g) {
        return name(n, g, new HashSet<>());
    }

    /** A prefixed name where a namespace fits and leaves a plain local name, else the IRI in angle brackets. */
    static String shorten(String iri) {
        return Prefixes.compact(iri).filter(c -> LOCAL_NAME.matcher(c.substring(c.indexOf(':') + 1)).matches())
                .orElse(iri.contains("://") && !iri.startsWith("<") ? "<" + iri + ">" : iri);
    }

    /** A SHACL result path with each IRI in it shortened. */
    static String shortenPath(String path) {
        return IRI_IN_PATH.matcher(path).replaceAll(r -> Matcher.quoteReplacement(shorten(r.group(1))));
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
