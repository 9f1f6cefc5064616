package org.eventscope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiler commands the app image and {@code mvn javafx:run} start with
 * (src/dist/compile-commands.txt): the JVM ignores a command whose method is not there without a
 * word, so a method renamed would quietly undo the measured gain.
 */
class CompileCommandsTest {

    private static final Path FILE = Path.of("src", "dist", "compile-commands.txt");

    @Test
    void everyMethodNamedIsThere() throws IOException, ClassNotFoundException {
        List<String> named = new ArrayList<>();
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            String command = line.strip();
            if (command.isEmpty() || command.startsWith("#")) {
                continue;
            }
            if (command.equals("quiet")) {
                // It must come before the others, or each is printed on standard output at start.
                assertThat(named).as("quiet comes first").isEmpty();
                continue;
            }
            assertThat(command).startsWith("dontinline ");
            String pattern = command.substring("dontinline ".length()).strip();
            String className = pattern.substring(0, pattern.indexOf("::"));
            String method = pattern.substring(pattern.indexOf("::") + 2);
            Class<?> type = Class.forName(className, false, getClass().getClassLoader());
            assertThat(Arrays.stream(type.getDeclaredMethods()).map(Method::getName))
                    .as(pattern)
                    .contains(method);
            named.add(pattern);
        }
        assertThat(named).hasSizeGreaterThan(5);
    }

    @Test
    void theAppImageAndJavafxRunStartWithThem() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom)
                .contains("<argument>-XX:CompileCommandFile=$APPDIR/compile-commands.txt</argument>")
                .contains("<option>-XX:CompileCommandFile=${project.basedir}/src/dist/compile-commands.txt</option>")
                .contains("<argument>${project.basedir}/src/dist/compile-commands.txt</argument>");
    }
}
