package org.refoulementkg.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.refoulementkg.vocab.OA;
import org.refoulementkg.vocab.RKG;

/**
 * Checks every quoted passage ({@code oa:exact}) against the briefing's text: it must occur verbatim
 * (runs of whitespace compare as one space), and when a footnote marker immediately follows the passage
 * or ends its sentence, the reference must name that footnote.
 */
public final class QuoteCheck {
    private static final Pattern MARKER = Pattern.compile("<sup>(\\d+)</sup>");
    private static final String CLOSERS = ".,;:!?’”\"')*]";

    private final String text;

    public QuoteCheck(String briefingText) {
        // One line per paragraph, whitespace collapsed inside it: a quote never crosses a paragraph.
        this.text = String.join("\n", briefingText.lines().map(QuoteCheck::normalise).filter(l -> !l.isEmpty()).toList());
    }

    public static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * One line per quote that is not in the briefing or lacks the footnote the briefing gives, each starting with where
     * the quote's owner is described ({@code fileOf}).
     */
    public List<String> problems(Graph data, Function<Node, String> fileOf) {
        var problems = new ArrayList<String>();
        // Many references quote the same passage: look each distinct passage up in the text once.
        var occurrences = new HashMap<String, List<Set<Integer>>>();
        var selectors = data.find(Node.ANY, OA.exact.asNode(), Node.ANY); // one at a time: the data may be far larger than the heap
        while (selectors.hasNext()) {
            Triple t = selectors.next();
            Node exactNode = t.getObject();
            // Naming the owner walks the graph: only done for a problem.
            Supplier<String> owner = () -> fileOf.apply(NodeNames.owner(t.getSubject(), data)) + NodeNames.name(t.getSubject(), data);
            if (!exactNode.isLiteral()) {
                problems.add(owner.get() + ": oa:exact must be a string");
                continue;
            }
            String quote = normalise(exactNode.getLiteralLexicalForm());
            if (quote.contains("<sup>")) {
                problems.add(owner.get() + ": the quote contains a footnote marker; end it before <sup>: \"" + abbreviate(quote) + "\"");
                continue;
            }
            List<Set<Integer>> markerSets = occurrences.computeIfAbsent(quote, this::markersOfEachOccurrence);
            if (markerSets.isEmpty()) {
                problems.add(owner.get() + ": quote not found verbatim in the briefing: \"" + abbreviate(quote) + "\"");
                continue;
            }
            Set<Integer> named = footnotesOfReferencesWith(t.getSubject(), data);
            Set<Integer> required = null;
            for (Set<Integer> markers : markerSets) {
                if (markers.isEmpty() || markers.stream().anyMatch(named::contains)) { required = null; break; }
                required = markers;
            }
            if (required != null)
                problems.add(owner.get() + ": the briefing marks this passage with footnote " + required
                        + " but the reference names " + (named.isEmpty() ? "none" : named) + ": \"" + abbreviate(quote) + "\"");
        }
        problems.sort(null);
        return problems;
    }

    /** For each place the passage occurs in the text, the footnote markers that support it there (none found: empty list). */
    private List<Set<Integer>> markersOfEachOccurrence(String quote) {
        var sets = new ArrayList<Set<Integer>>();
        if (quote.isEmpty()) return sets;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) sets.add(markersAfter(at + quote.length()));
        return sets;
    }

    /**
     * Markers right after the passage, or else those that close the passage's sentence. A passage in a
     * footnote's own text needs none; a passage that ends its sentence takes only a marker right after it.
     */
    Set<Integer> markersAfter(int end) {
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        if (text.startsWith("<sup>", lineStart)) return Set.of();
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) lineEnd = text.length();
        int last = end - 1;
        while (last > lineStart && CLOSERS.indexOf(text.charAt(last)) >= 0 && ".!?".indexOf(text.charAt(last)) < 0) last--;
        boolean endsSentence = ".!?".indexOf(text.charAt(last)) >= 0;
        int j = end;
        while (j < text.length() && j - end < 4 && CLOSERS.indexOf(text.charAt(j)) >= 0) j++;
        Set<Integer> immediate = markersAt(j);
        if (!immediate.isEmpty() || endsSentence) return immediate;
        for (int k = end; k < lineEnd; k++) {
            char c = text.charAt(k);
            if (c == '<' && text.startsWith("<sup>", k)) continue;
            if (c == '.' || c == '!' || c == '?') {
                int m = k + 1;
                while (m < text.length() && CLOSERS.indexOf(text.charAt(m)) >= 0) m++;
                if (m >= lineEnd || text.charAt(m) == ' ' || text.startsWith("<sup>", m)) return markersAt(m);
            }
        }
        return Set.of();
    }

    private Set<Integer> markersAt(int pos) {
        var found = new TreeSet<Integer>();
        Matcher m = MARKER.matcher(text);
        while (pos < text.length() && m.find(pos) && m.start() == pos) {
            found.add(Integer.parseInt(m.group(1)));
            pos = m.end();
            while (pos < text.length() && (text.charAt(pos) == ',' )) pos++;
        }
        return found;
    }

    /** Footnote numbers named by the reference(s) that hold this selector (fn IRIs end in the number). */
    private static Set<Integer> footnotesOfReferencesWith(Node selector, Graph g) {
        var numbers = new TreeSet<Integer>();
        for (Triple owner : g.find(Node.ANY, OA.hasSelector.asNode(), selector).toList())
            for (Triple fn : g.find(owner.getSubject(), RKG.footnote.asNode(), Node.ANY).toList())
                if (fn.getObject().isURI()) {
                    String iri = fn.getObject().getURI();
                    String tail = iri.substring(iri.lastIndexOf('/') + 1);
                    if (tail.matches("\\d+")) numbers.add(Integer.parseInt(tail));
                }
        return numbers;
    }

    private static String abbreviate(String s) {
        return s.length() > 90 ? s.substring(0, 87) + "..." : s;
    }
}
