package org.eventscope;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A tmpfs file system of a few kilobytes, mounted on a new folder for a test, to see what a full
 * disk does. Mounting needs root (or CAP_SYS_ADMIN): where it fails, the test is skipped.
 */
public final class TinyDisk implements AutoCloseable {

    private final Path mountPoint;

    private TinyDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code kilobytes} on a new folder in {@code parent}, or skips the test. */
    public static TinyDisk mount(Path parent, int kilobytes) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux");
        Path dir = Files.createDirectory(parent.resolve("tiny-disk"));
        int status = run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", dir.toString());
        assumeTrue(status == 0, "cannot mount a tmpfs here (needs root)");
        return new TinyDisk(dir);
    }

    public Path path() {
        return mountPoint;
    }

    @Override
    public void close() throws Exception {
        if (run("umount", mountPoint.toString()) != 0) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
