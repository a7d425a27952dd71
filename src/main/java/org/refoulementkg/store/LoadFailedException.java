package org.refoulementkg.store;

import java.util.List;

/**
 * The data was not published: every problem found (syntax, SHACL, quotes), one line each. Nothing was changed.
 * Thrown by the loader while it stages, and by {@link KnowledgeGraph#publish} when a publication's checks fail.
 */
public class LoadFailedException extends RuntimeException {
    private final List<String> problems;

    public LoadFailedException(String what, List<String> problems) {
        super(what + " (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
