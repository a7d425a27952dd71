package org.refoulementkg.load;

import java.nio.file.Path;

/** A data file that does not parse: names the file, line, column and the parser's message. */
public class DataFileException extends RuntimeException {
    private final Path file;
    private final long line;
    private final long column;

    public DataFileException(Path file, long line, long column, String message) {
        super(format(file, line, column, message));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() { return file; }
    public long line() { return line; }
    public long column() { return column; }

    private static String format(Path file, long line, long column, String message) {
        String where = file.toString();
        if (line > 0) where += ":" + line + (column > 0 ? ":" + column : "");
        return where + ": " + message;
    }
}
