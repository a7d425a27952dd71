package org.refoulementkg.web.facets;

/**
 * What a list of {@code /explore} shows, and what its facets count: the case studies' people, or their events. In the
 * events view every event is the one the event facets (kind, attribution) speak of; the other facets choose its person.
 */
public enum Listed {
    PEOPLE("person"),
    EVENTS("event");

    /** The variable of the selection's pattern that is listed and counted. */
    public final String var;

    Listed(String var) { this.var = var; }

    /** The word for {@code n} of them. */
    public String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n) + (this == PEOPLE ? (n == 1 ? " person" : " people") : (n == 1 ? " event" : " events"));
    }
}
