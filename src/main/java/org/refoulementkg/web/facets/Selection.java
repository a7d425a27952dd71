package org.refoulementkg.web.facets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.refoulementkg.web.http.HttpProblem;

import io.javalin.http.Context;

/**
 * What the reader has chosen, as it stands in the URL: {@code ?sending=france&transfer=deportation&since=2019&until=2022}.
 * Values are slugs (checked here for their form, and against the data's values by {@link FacetValues#selection}); within a
 * facet they are alternatives, across facets all must hold.
 */
public record Selection(Map<Facet, List<String>> values, Integer since, Integer until) {
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,99}");
    public static final Selection NONE = new Selection(new EnumMap<>(Facet.class), null, null);

    public static Selection of(Context ctx) {
        var values = new EnumMap<Facet, List<String>>(Facet.class);
        for (Facet f : Facet.values()) {
            if (f == Facet.YEAR) continue;
            var chosen = new ArrayList<String>();
            for (String v : ctx.queryParams(f.key)) {
                if (v.isBlank()) continue;
                if (!SLUG.matcher(v).matches())
                    throw new HttpProblem(400, "Not a value of “" + f.title + "”: " + v + " (values are names such as france, deportation or RedNotice).");
                if (!chosen.contains(v)) chosen.add(v);
            }
            if (!chosen.isEmpty()) values.put(f, List.copyOf(chosen));
        }
        Integer since = year(ctx, "since"), until = year(ctx, "until");
        if (since != null && until != null && since > until) throw new HttpProblem(400, "The year range ends (" + until + ") before it begins (" + since + ").");
        return new Selection(values, since, until);
    }

    private static Integer year(Context ctx, String key) {
        String v = ctx.queryParam(key);
        if (v == null || v.isBlank()) return null;
        if (!v.matches("\\d{4}")) throw new HttpProblem(400, "Not a year: " + key + "=" + v + " (four digits, e.g. 2021).");
        return Integer.valueOf(v);
    }

    public boolean isEmpty() { return values.isEmpty() && since == null && until == null; }

    public boolean has(Facet f) { return f == Facet.YEAR ? since != null || until != null : values.containsKey(f); }

    public boolean chosen(Facet f, String slug) { return values.getOrDefault(f, List.of()).contains(slug); }

    /** This selection with a value added, or removed if chosen. */
    public Selection toggle(Facet f, String slug) {
        var copy = new EnumMap<Facet, List<String>>(Facet.class);
        copy.putAll(values);
        var list = new ArrayList<>(values.getOrDefault(f, List.of()));
        if (!list.remove(slug)) list.add(slug);
        if (list.isEmpty()) copy.remove(f); else copy.put(f, List.copyOf(list));
        return new Selection(copy, since, until);
    }

    /** This selection with a value (kept if chosen already). */
    public Selection with(Facet f, String slug) { return chosen(f, slug) ? this : toggle(f, slug); }

    /** This selection without a facet (the year range for {@link Facet#YEAR}). */
    public Selection without(Facet f) {
        if (f == Facet.YEAR) return new Selection(values, null, null);
        var copy = new EnumMap<Facet, List<String>>(Facet.class);
        copy.putAll(values);
        copy.remove(f);
        return new Selection(copy, since, until);
    }

    /** This selection with only the choices of the facets {@code keep} accepts. */
    public Selection keeping(java.util.function.Predicate<Facet> keep) {
        var copy = new EnumMap<Facet, List<String>>(Facet.class);
        values.forEach((f, vs) -> { if (keep.test(f)) copy.put(f, vs); });
        return keep.test(Facet.YEAR) ? new Selection(copy, since, until) : new Selection(copy, null, null);
    }

    /** Only this year. */
    public Selection year(int y) { return new Selection(values, y, y); }

    /** The query string ({@code ?a=b&…}, or "" for nothing chosen), values in facet order. */
    public String query() {
        var parts = new ArrayList<String>();
        values.forEach((f, vs) -> vs.forEach(v -> parts.add(f.key + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        if (since != null) parts.add("since=" + since);
        if (until != null) parts.add("until=" + until);
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
}
