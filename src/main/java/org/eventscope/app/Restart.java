package org.eventscope.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eventscope.io.JavaHeap;

/**
 * Starts Eventscope again the way this process was started, so that a newly chosen language
 * takes effect at once. The application's own arguments are left off: the new process opens
 * the file that is open now, which the preferences name as the last one.
 */
final class Restart {

    /**
     * Set by the app image's launcher for itself: a launcher started with it in its environment
     * takes its arguments for the {@code java} command's, and with none prints Java's usage.
     */
    static final String LAUNCHER_ENVIRONMENT = "_JPACKAGE_LAUNCHER";

    private Restart() {}

    /** The command that started this process without {@code appArgs}, or empty when the system does not say. */
    static Optional<List<String>> command(List<String> appArgs) {
        Optional<String> launcher = JavaHeap.appImageLauncher();
        if (launcher.isPresent()) {
            return Optional.of(List.of(launcher.get()));
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        return command(info.command(), info.arguments(), appArgs);
    }

    static Optional<List<String>> command(
            Optional<String> executable, Optional<String[]> arguments, List<String> appArgs) {
        if (executable.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> args = List.of(arguments.get());
        int keep = args.size() - appArgs.size();
        // The application's arguments come last; if they are not there the command line is not
        // the whole story (a launcher that rewrote it), and a restart could open the wrong thing.
        if (keep < 0 || !args.subList(keep, args.size()).equals(appArgs)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(executable.get());
        command.addAll(args.subList(0, keep));
        return Optional.of(command);
    }

    /** The process that runs {@code command}, with this process's environment less the launcher's own variable. */
    static ProcessBuilder process(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        clean(pb.environment());
        return pb;
    }

    /** Removes from {@code environment} what the app image's launcher set for itself alone. */
    static void clean(Map<String, String> environment) {
        environment.remove(LAUNCHER_ENVIRONMENT);
    }

    /** Starts {@code command} as a new process that outlives this one. */
    static void start(List<String> command) throws IOException {
        process(command).start();
    }
}
