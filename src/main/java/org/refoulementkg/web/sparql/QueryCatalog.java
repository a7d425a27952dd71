package org.refoulementkg.web.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The named research queries: {@code queries/*.rq} under the project home, each with a comment header
 * ({@code # title:}, {@code # description:} continued on lines indented by two spaces; see queries/README.md).
 * Files are read on each call, so that edits show without a restart.
 *
 * <pre>{@code
 * var catalog = new QueryCatalog(Path.of("."));
 * catalog.find("deaths-after-return").ifPresent(q -> System.out.println(q.title() + "\n" + q.text()));
 * }</pre>
 */
public final class QueryCatalog {
    /** Names are file stems of this form; anything else is not a catalogue name (and never a path). */
    public static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
    private static final Pattern FIELD = Pattern.compile("#\\s?([a-zA-Z-]+):\\s*(.*)");
    private static final Pattern CONTINUATION = Pattern.compile("#\\s{2,}(\\S.*)");

    /** One query: its name (file stem), header fields and full text. */
    public record NamedQuery(String name, String title, String description, String text) {}

    private final Path dir;

    public QueryCatalog(Path home) { this.dir = home.resolve("queries"); }

    /** Every query, sorted by name. Files whose names are not catalogue names are left out. */
    public List<NamedQuery> list() {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            var out = new ArrayList<NamedQuery>();
            for (Path p : files.sorted().toList()) {
                String file = p.getFileName().toString();
                if (!file.endsWith(".rq") || !Files.isRegularFile(p)) continue;
                String name = file.substring(0, file.length() - 3);
                if (NAME.matcher(name).matches()) out.add(read(name, p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    /** The query of that name, if the name is valid and the file exists. */
    public Optional<NamedQuery> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) return Optional.empty();
        Path p = dir.resolve(name + ".rq");
        return Files.isRegularFile(p) ? Optional.of(read(name, p)) : Optional.empty();
    }

    private static NamedQuery read(String name, Path p) {
        try {
            return parse(name, Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + p, e);
        }
    }

    /** Reads the header: the comment lines before the first other line. A missing title falls back to the name. */
    static NamedQuery parse(String name, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty()) { last = null; continue; }
            if (!line.startsWith("#")) break;
            Matcher cont = CONTINUATION.matcher(raw.stripLeading());
            Matcher field = FIELD.matcher(line);
            if (last != null && cont.matches()) {
                fields.merge(last, cont.group(1).strip(), (a, b) -> a + " " + b);
            } else if (field.matches()) {
                last = field.group(1).toLowerCase(Locale.ROOT);
                fields.put(last, field.group(2).strip());
            } else {
                last = null;
            }
        }
        String title = fields.getOrDefault("title", "");
        return new NamedQuery(name, title.isEmpty() ? name : title, fields.getOrDefault("description", ""), text);
    }
}
