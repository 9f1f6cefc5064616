package org.eventscope.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.eventscope.export.SameFile;
import org.jspecify.annotations.Nullable;

/** The checks every command that writes a file makes of {@code --out} before it starts: one message each. */
final class OutputFile {

    private OutputFile() {}

    /**
     * That {@code out} is not the input {@code input} itself (however spelt, or through a link):
     * a one-line message, or {@code null}. Applies with {@code --force} too.
     */
    static @Nullable String notInput(Path out, Path input, String inputIs, String what) {
        if (!CommandInput.isStdin(input.toString()) && SameFile.is(out, input)) {
            return "--out " + out + " is the " + inputIs + " " + input + "; write the " + what + " to another file";
        }
        return null;
    }

    /** That {@code out} can be written: a one-line message, or {@code null}. */
    static @Nullable String writable(Path out, boolean force) {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return "cannot write " + out + ": the folder " + dir + " does not exist";
        }
        if (!Files.isWritable(dir)) {
            return "cannot write " + out + ": the folder " + dir + " is not writable";
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
            return exists(out);
        }
        return null;
    }

    static String exists(Path out) {
        return out + " exists; use --force to replace it";
    }

    /**
     * The end every command that reads an event file and writes a file makes: the input's
     * problems printed as {@code check} prints them; then, when it opened, {@code out} checked and
     * written whole or not at all, and "N events written to OUT" said. Returns the exit status.
     *
     * @param label what comes before the count on stderr ("IN: "), or ""
     */
    static int writeFrom(
            picocli.CommandLine.Model.CommandSpec spec,
            org.eventscope.io.EventFileReader.LoadResult result,
            Path out,
            boolean force,
            String label,
            java.util.function.Function<org.eventscope.model.EventFile, org.eventscope.export.AtomicFile.Writer>
                    content) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        java.io.PrintWriter stdout = spec.commandLine().getOut();
        for (org.eventscope.io.Problem p : result.problems()) {
            stdout.println(p);
        }
        stdout.flush();
        org.eventscope.model.EventFile file = result.file();
        if (file == null) {
            return ImageOptions.fail(err, CommandInput.status(result), ImageOptions.firstError(result));
        }
        String problem = writable(out, force);
        if (problem != null) {
            return ImageOptions.fail(err, EventscopeCommand.CANNOT_WRITE, problem);
        }
        try {
            org.eventscope.export.AtomicFile.write(out, force, content.apply(file));
        } catch (java.io.IOException e) {
            return ImageOptions.fail(
                    err,
                    EventscopeCommand.CANNOT_WRITE,
                    "cannot write " + out + ": " + org.eventscope.io.Printable.escape(String.valueOf(e.getMessage())));
        }
        err.println(label + file.events().size() + " events written to " + out);
        return EventscopeCommand.OK;
    }
}
