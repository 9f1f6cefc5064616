package org.eventscope.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import org.eventscope.io.JavaHeap;
import org.eventscope.io.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code eventscope COMMAND [OPTIONS]}, without a window. */
@Command(
        name = "eventscope",
        mixinStandardHelpOptions = true,
        version = "Eventscope 0.1",
        description = "Timelines and troop charts from event files.",
        subcommands = {
            CheckCommand.class,
            ExportChartCommand.class,
            ExportTimelineCommand.class,
            ExportReportCommand.class,
            ImportCommand.class,
            ExportDataCommand.class,
            CommandLine.HelpCommand.class
        })
public final class EventscopeCommand {

    /** Exit status: success. */
    public static final int OK = 0;
    /** Exit status: the input file or an option is wrong. */
    public static final int BAD_INPUT = 1;
    /** Exit status: the output cannot be written. */
    public static final int CANNOT_WRITE = 2;
    /** Exit status of {@code check}: an input cannot be read (the same number as {@link #CANNOT_WRITE}). */
    public static final int CANNOT_READ = 2;

    /** The commands, as the subcommands above name them: one list for the dispatch and the messages. */
    private static final List<String> NAMES = java.util.Arrays.stream(
                    EventscopeCommand.class.getAnnotation(Command.class).subcommands())
            .map(c -> c.getAnnotation(Command.class).name())
            .filter(n -> !n.equals("help"))
            .toList();

    private static final Set<String> COMMANDS = java.util.stream.Stream.concat(
                    NAMES.stream(), java.util.stream.Stream.of("help", "--help", "-h", "--version", "-V"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** True when the arguments name a command rather than a file to open in the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * Says on stderr, in one line, that the window cannot open without a display and which
     * commands there are; returns the exit status ({@link #CANNOT_WRITE}).
     *
     * @param args the arguments that were not a command (a file to open, or a typo)
     * @param why  why there is no display, e.g. "DISPLAY and WAYLAND_DISPLAY are not set"
     */
    public static int noDisplay(String[] args, String why) {
        System.err.println(Printable.escape("eventscope: no display: to open the window"
                + (args.length == 0 ? "" : " on \"" + String.join(" ", args) + "\"") + ", run it on a desktop (" + why
                + ");"
                + " commands are " + String.join(", ", NAMES) + " (see eventscope --help)"));
        return CANNOT_WRITE;
    }

    /** Says on stderr, in one line, that the Java heap is too small for the work; returns {@link #CANNOT_READ}. */
    public static int outOfMemory() {
        System.err.println("eventscope: not enough memory: the Java heap (" + JavaHeap.maxMegabytes()
                + " MB) is full; for more, start it with " + JavaHeap.setting());
        return CANNOT_READ;
    }

    public static int run(String[] args) {
        // The terminal's own encoding, as System.out itself writes.
        Charset terminal = Charset.defaultCharset();
        return run(
                args,
                new PrintWriter(new OutputStreamWriter(System.out, terminal), true),
                new PrintWriter(new OutputStreamWriter(System.err, terminal), true));
    }

    /** Runs a command with the given output streams and returns its exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new EventscopeCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println(Printable.escape("eventscope: " + ex.getMessage() + " (see eventscope "
                    + ex.getCommandLine().getCommandName() + " --help)"));
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            // A size or scale the renderer cannot draw is a wrong option, said in its own words.
            if (ex instanceof IllegalArgumentException && ex.getMessage() != null) {
                err.println(Printable.escape("eventscope: " + ex.getMessage()));
                return BAD_INPUT;
            }
            String why =
                    ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
            err.println(Printable.escape("eventscope: " + c.getCommandName() + " failed: " + why));
            return CANNOT_WRITE;
        });
        return cli.execute(args);
    }
}
