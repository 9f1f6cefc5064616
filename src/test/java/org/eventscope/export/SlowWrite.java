package org.eventscope.export;

import java.nio.file.Path;

/**
 * Test program: starts writing the file named by its argument through {@link AtomicFile}, says
 * "writing" on stdout once the temporary file holds a megabyte, and then waits, as a large
 * export would, until it is killed.
 */
public final class SlowWrite {

    private SlowWrite() {}

    public static void main(String[] args) throws Exception {
        AtomicFile.write(Path.of(args[0]), false, out -> {
            out.write(new byte[1 << 20]);
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
