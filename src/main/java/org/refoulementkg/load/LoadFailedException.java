package org.refoulementkg.load;

import java.util.List;

/** The load stopped before publishing: every problem found, one line each. Nothing was changed. */
public class LoadFailedException extends RuntimeException {
    private final List<String> problems;

    public LoadFailedException(String what, List<String> problems) {
        super(what + " (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
