package org.eventscope.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether an export's output would replace the event file it is drawn from. */
public final class SameFile {

    private SameFile() {}

    /**
     * True when {@code output} is {@code input}: the same real path ({@code ./in.json} and
     * {@code in.json}, a folder reached through a link), or, when it exists, the same file (a
     * symbolic or hard link to it, another spelling on a case-insensitive disk). False when
     * {@code input} cannot be found.
     */
    public static boolean is(Path output, Path input) {
        try {
            Path in = input.toRealPath();
            Path out = output.toAbsolutePath();
            if (Files.exists(out)) {
                return Files.isSameFile(out, in);
            }
            Path dir = out.getParent();
            return dir != null
                    && Files.isDirectory(dir)
                    && dir.toRealPath().resolve(out.getFileName()).equals(in);
        } catch (IOException e) {
            return false;
        }
    }
}
