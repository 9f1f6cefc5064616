package org.eventscope;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as the README gives it, {@code java -jar target/eventscope.jar COMMAND ...},
 * run from another folder: exit statuses as documented, relative paths against the caller's
 * folder, names with spaces, and nothing on stdout but the commands' own text.
 */
class RunnableJarIT {

    private static Path jar;

    @TempDir
    Path elsewhere;

    @BeforeAll
    static void findTheJar() {
        jar = Path.of(System.getProperty("eventscope.jar", "target/eventscope.jar"))
                .toAbsolutePath();
        assertThat(jar).as("run by maven-failsafe after package").isRegularFile();
        assertThat(jar.resolveSibling("lib")).isDirectory();
    }

    private ChildJvm.Result eventscope(String... args) {
        List<String> command = new ArrayList<>(List.of(ChildJvm.java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ChildJvm.Result r = ChildJvm.finish(new ChildJvm().in(elsewhere).start(command));
        assertThat(r.out()).as("no terminal escapes on stdout").doesNotContain("\u001b");
        assertThat(r.err()).as("no JavaFX or Java noise on stderr").doesNotContain("WARNING", "Exception");
        return r;
    }

    @Test
    void checkExitsZeroOneOrTwoWithRelativePathsAndSpaces() throws Exception {
        Path folder = Files.createDirectories(elsewhere.resolve("news desk"));
        Files.copy(TestFiles.GENEVA, folder.resolve("geneva 2022.json"));
        ChildJvm.Result ok = eventscope("check", "news desk/geneva 2022.json");
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).isEmpty();
        assertThat(ok.err()).isEqualTo("news desk/geneva 2022.json: 0 errors, 0 warnings" + System.lineSeparator());

        Files.writeString(
                folder.resolve("bad file.json"), TestFiles.SYNTHETIC.replace("\"2020-03-05\"", "\"2020-02-30\""));
        ChildJvm.Result bad = eventscope("check", "news desk/bad file.json");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.out()).contains("bad file.json:").contains("error:");

        ChildJvm.Result missing = eventscope("check", "news desk/missing.json");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.out()).contains("missing.json").contains("error:");
    }

    @Test
    void exportWritesIntoTheCallersFolderAndRefusesToReplaceWithoutForce() throws Exception {
        Files.copy(TestFiles.GENEVA, elsewhere.resolve("geneva 2022.json"));
        ChildJvm.Result ok = eventscope(
                "export-chart", "geneva 2022.json", "--out", "chart out.png", "--size", "600x400", "--scale", "1");
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).isEqualTo("Wrote chart out.png (600x400 px)" + System.lineSeparator());
        assertThat(javax.imageio.ImageIO.read(elsewhere.resolve("chart out.png").toFile())
                        .getWidth())
                .isEqualTo(600);

        ChildJvm.Result exists = eventscope("export-chart", "geneva 2022.json", "--out", "chart out.png");
        assertThat(exists.status()).isEqualTo(2);
        assertThat(exists.err())
                .isEqualTo("eventscope: chart out.png exists; use --force to replace it" + System.lineSeparator());

        ChildJvm.Result option = eventscope("export-chart", "geneva 2022.json", "--out", "x.png", "--size", "big");
        assertThat(option.status()).isEqualTo(1);
        assertThat(option.err().lines()).hasSize(1);
    }

    @Test
    void helpIsPlainText() {
        ChildJvm.Result help = eventscope("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("check", "export-chart", "export-timeline");
    }

    @Test
    void theJarReadsADataTableWithDuckDbAndSaysWhenSparkIsNotThere() throws Exception {
        Path table = elsewhere.resolve("synthetic table.parquet");
        org.eventscope.bench.SyntheticGdelt.write(table, 2_000, 1, 20);
        ChildJvm.Result ok = eventscope("check", "synthetic table.parquet");
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.err()).contains("synthetic table.parquet: 2,000 events (read as GDELT 2.0 events)");
        ChildJvm.Result spark =
                eventscope("export-timeline", "synthetic table.parquet", "--spark", "local[2]", "--out", "t.png");
        assertThat(spark.status()).isEqualTo(1);
        assertThat(spark.err()).contains("Spark is not on the class path");
        assertThat(elsewhere.resolve("t.png")).doesNotExist();
    }
}
