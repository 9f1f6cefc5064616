package org.eventscope.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts Eventscope again the way this process was started, so that a newly chosen language
 * takes effect at once. The application's own arguments are left off: the new process opens
 * the file that is open now, which the preferences name as the last one.
 */
final class Restart {

    private Restart() {
    }

    /** The command that started this process without {@code appArgs}, or empty when the system does not say. */
    static Optional<List<String>> command(List<String> appArgs) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        return command(info.command(), info.arguments(), appArgs);
    }

    static Optional<List<String>> command(Optional<String> executable, Optional<String[]> arguments,
            List<String> appArgs) {
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

    /** Starts {@code command} as a new process that outlives this one. */
    static void start(List<String> command) throws IOException {
        new ProcessBuilder(command).inheritIO().start();
    }
}
