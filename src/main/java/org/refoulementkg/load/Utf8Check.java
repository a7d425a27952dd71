package org.refoulementkg.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * RDF files must be UTF-8. Parsers tend to replace undecodable bytes silently, so this checks first and
 * names the line of the first bad byte (e.g. a file saved as Latin-1).
 */
final class Utf8Check {
    private Utf8Check() {}

    static void check(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream s = Files.newInputStream(file)) {
            boolean eof = false;
            while (!eof) {
                int n = s.read(in.array(), in.position(), in.remaining());
                if (n < 0) eof = true; else in.position(in.position() + n);
                in.flip();
                CoderResult r = decoder.decode(in, out, eof);
                out.flip();
                for (int i = 0; i < out.length(); i++) if (out.charAt(i) == '\n') line++;
                out.clear();
                if (r.isError())
                    throw new DataFileException(file, line, -1, "not valid UTF-8 (byte 0x"
                            + Integer.toHexString(in.get(in.position()) & 0xff) + "); save the file as UTF-8");
                in.compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
