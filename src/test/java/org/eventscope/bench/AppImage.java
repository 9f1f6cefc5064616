package org.eventscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the app image's launcher starts the application ({@code mvn -Pdist package}): its own
 * {@code java}, the options and class path of {@code lib/app/eventscope.cfg} with
 * {@code $APPDIR} filled in. Benchmarks start the probe the same way.
 *
 * @param java      the image's runtime
 * @param options   the launcher's JVM options
 * @param classPath the launcher's class path
 */
record AppImage(String java, List<String> options, String classPath) {

    /** The image at {@code image}, or {@code null} when none was built there. */
    static @Nullable AppImage at(Path image) throws IOException {
        Path cfg = image.resolve("lib/app/eventscope.cfg");
        if (!Files.exists(cfg)) {
            return null;
        }
        Path app = image.resolve("lib/app").toAbsolutePath();
        List<String> classPath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(cfg)) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", app.toString());
            if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            } else if (line.startsWith("java-options=")) {
                options.add(value);
            }
        }
        return new AppImage(
                image.resolve("lib/runtime/bin/java").toString(), List.copyOf(options), String.join(":", classPath));
    }

    /** The same image without its class-data-sharing archive (as when the image has moved). */
    AppImage withoutArchive() {
        return new AppImage(
                java,
                options.stream()
                        .filter(o -> !o.startsWith("-XX:SharedArchiveFile"))
                        .toList(),
                classPath);
    }
}
