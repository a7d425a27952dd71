package org.refoulementkg.cli;

import org.apache.jena.query.QueryParseException;
import org.refoulementkg.store.LoadFailedException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code serve}, {@code load}, {@code validate}, {@code query}, {@code export}, and for benchmarks
 * {@code generate} and {@code bench}.
 * Exit codes: 0 success, 1 invalid data (nothing was changed), 2 bad arguments or query, 3 any other failure (out of
 * memory included: the message says how to raise the heap).
 */
@Command(name = "kg", mixinStandardHelpOptions = true, version = "refoulement-kg 0.1",
        description = "Linked-data knowledge graph of Amnesty International's briefing \"Europe: The Point of No Return\" (EUR 01/7577/2024).",
        subcommands = {ServeCommand.class, LoadCommand.class, ValidateCommand.class, QueryCommand.class, ExportCommand.class,
                GenerateCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static final int INVALID_DATA = 1;
    public static final int BAD_INPUT = 2;
    public static final int FAILURE = 3;

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) { // ran out again while reporting it
            OutOfMemory.report(System.err);
            code = FAILURE;
        }
        System.exit(code);
    }

    /** Runs the command line and returns its exit code (used by tests too). */
    public static int run(String... args) {
        OutOfMemory.prepare(args);
        var cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof QueryParseException) {
                cmd.getErr().println("Query parse error: " + e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof LoadFailedException) {
                cmd.getErr().println(e.getMessage());
                return INVALID_DATA;
            }
            if (OutOfMemory.caused(e)) {
                OutOfMemory.report(cmd.getErr());
                return FAILURE;
            }
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return FAILURE;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) { // an Error passes picocli's handler by
            OutOfMemory.report(System.err);
            return FAILURE;
        }
    }
}
