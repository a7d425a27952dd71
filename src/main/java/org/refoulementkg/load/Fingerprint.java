package org.refoulementkg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A SHA-256 of the sources' names and contents (and the briefing text): when it changes, the store is out of date. */
final class Fingerprint {
    /** Bump when the way files map to graphs changes, so that stores built by older code are rebuilt. */
    private static final String LAYOUT_VERSION = "3"; // 2: graph/inferred and graph/reification derived at load; 3: statement labels

    private Fingerprint() {}

    static String of(Sources sources, List<SourceFile> files) {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            md.update(LAYOUT_VERSION.getBytes(StandardCharsets.UTF_8));
            var all = new ArrayList<Path>(files.stream().map(SourceFile::path).toList());
            if (Files.exists(sources.briefingText())) all.add(sources.briefingText());
            for (Path p : all) {
                md.update(p.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
