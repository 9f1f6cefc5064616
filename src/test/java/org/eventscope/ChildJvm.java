package org.eventscope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a class of this build in a fresh JVM (this JVM's java and class path), without a display,
 * and keeps its exit status and output.
 */
public final class ChildJvm {

    private final List<String> jvmOptions = new ArrayList<>();
    private Path directory;
    private Consumer<Map<String, String>> environment = env -> {};

    /** A JVM option such as {@code -Xmx512m}. */
    public ChildJvm option(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** The working directory; by default this JVM's. */
    public ChildJvm in(Path dir) {
        directory = dir;
        return this;
    }

    /** Changes the environment (which has no DISPLAY or WAYLAND_DISPLAY to begin with). */
    public ChildJvm environment(Consumer<Map<String, String>> change) {
        environment = change;
        return this;
    }

    /** The command that starts {@code mainClass} with {@code args}. */
    public List<String> command(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** The java launcher of the running JVM. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts the process without waiting for it; its stdin is closed. */
    public Process start(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        environment.accept(pb.environment());
        if (directory != null) {
            pb.directory(directory.toFile());
        }
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code mainClass} with {@code args} and waits (at most two minutes) for it to end. */
    public Result run(String mainClass, String... args) {
        return finish(start(command(mainClass, args)));
    }

    /** Waits (at most two minutes) for {@code p} to end and collects its output. */
    public static Result finish(Process p) {
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p, true));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p, false));
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the process did not end within 120 s");
            }
            return new Result(p.exitValue(), out.get(), err.get());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String read(Process p, boolean stdout) {
        try {
            return new String(
                    (stdout ? p.getInputStream() : p.getErrorStream()).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a finished process left. */
    public record Result(int status, String out, String err) {}
}
