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
}
