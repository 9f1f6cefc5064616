package org.eventscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eventscope.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The umask of this JVM, as a child shell (which inherits it) reports it. */
    static int umask() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "umask").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertThat(p.waitFor()).isZero();
        return Integer.parseInt(out, 8);
    }

    static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    /** rwxr-xr-x for 0755. */
    static String mode(int bits) {
        StringBuilder b = new StringBuilder();
        for (int shift = 6; shift >= 0; shift -= 3) {
            int v = bits >> shift;
            b.append((v & 4) != 0 ? 'r' : '-').append((v & 2) != 0 ? 'w' : '-').append((v & 1) != 0 ? 'x' : '-');
        }
        return b.toString();
    }

    @Test
    void ofTwoWritersRacingForANewNameExactlyOneWinsAndNoTemporaryFileStays() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 100; round++) {
                Path target = dir.resolve("race-" + round + ".png");
                // Both have written their bytes before either takes the name.
                CyclicBarrier written = new CyclicBarrier(2);
                List<Future<String>> writers = new ArrayList<>();
                for (String who : new String[] {"first", "second"}) {
                    writers.add(pool.submit(() -> {
                        try {
                            AtomicFile.write(target, false, out -> {
                                out.write(who.getBytes(StandardCharsets.US_ASCII));
                                try {
                                    written.await(10, TimeUnit.SECONDS);
                                } catch (Exception e) {
                                    throw new IOException(e);
                                }
                            });
                            return who;
                        } catch (FileAlreadyExistsException lost) {
                            return "lost";
                        }
                    }));
                }
                List<String> results = new ArrayList<>();
                for (Future<String> f : writers) {
                    results.add(f.get(20, TimeUnit.SECONDS));
                }
                assertThat(results).as("round " + round).containsOnlyOnce("lost");
                String winner = results.get(0).equals("lost") ? results.get(1) : results.get(0);
                assertThat(Files.readString(target)).isEqualTo(winner);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(names()).hasSize(100).allMatch(n -> n.startsWith("race-"));
    }

    @Test
    void anExistingFileIsKeptWithoutReplaceAndReplacedWithIt() throws Exception {
        Path target = Files.writeString(dir.resolve("chart.svg"), "old");
        assertThatThrownBy(() -> AtomicFile.write(target, false, out -> out.write('x')))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(target)).isEqualTo("old");
        AtomicFile.write(target, true, out -> out.write('x'));
        assertThat(Files.readString(target)).isEqualTo("x");
        assertThat(names()).containsExactly("chart.svg");
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGivesAndAReplacedFileKeepsItsModeAndOwner() throws Exception {
        int umask = umask();
        Path target = dir.resolve("new.png");
        AtomicFile.write(target, false, out -> out.write(1));
        assertThat(mode(target)).isEqualTo(mode(0666 & ~umask));

        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFile.write(target, true, out -> out.write(2));
        assertThat(mode(target)).isEqualTo("rw-r-----");
        assertThat(Files.readAllBytes(target)).containsExactly(2);

        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-rw-"));
        AtomicFile.write(target, true, out -> out.write(3));
        assertThat(mode(target)).isEqualTo("rw-rw-rw-");
    }

    @Test
    void asRootAReplacedFileKeepsItsOwnerAndGroup() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root may give a file to someone else");
        Path target = Files.writeString(dir.resolve("owned.png"), "old");
        Files.setAttribute(target, "unix:uid", 4321);
        Files.setAttribute(target, "unix:gid", 8765);
        AtomicFile.write(target, true, out -> out.write('x'));
        assertThat(Files.getAttribute(target, "unix:uid")).isEqualTo(4321);
        assertThat(Files.getAttribute(target, "unix:gid")).isEqualTo(8765);
        assertThat(Files.readString(target)).isEqualTo("x");
    }

    @Test
    void aFolderOrADeviceAtTheTargetIsNeverReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.png"));
        assertThatThrownBy(() -> AtomicFile.write(folder, true, out -> out.write('x')))
                .isInstanceOf(FileSystemException.class)
                .hasMessageContaining("Is a directory");
        assertThat(folder).isDirectory();

        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device), "needs /dev/null");
        Path link = Files.createSymbolicLink(dir.resolve("null.png"), device);
        assertThatThrownBy(() -> AtomicFile.write(link, true, out -> out.write('x')))
                .isInstanceOf(FileSystemException.class)
                .hasMessageContaining("not a regular file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(names()).containsExactly("folder.png", "null.png");
        Files.delete(link);
    }

    @Test
    void staleTemporaryFilesOfOursAreRemovedByTheNextWriteAndNothingElse() throws Exception {
        FileTime anHourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        Path outside = Files.createTempFile("eventscope-outside", ".tmp");
        try {
            Files.setLastModifiedTime(outside, anHourAgo);
            String ours = ".chart.png.eventscope-0123456789abcdef.tmp";
            Path stale = Files.writeString(dir.resolve(ours), "left by a killed export");
            Files.setLastModifiedTime(stale, anHourAgo);
            Path fresh = Files.writeString(dir.resolve(".other.svg.eventscope-fedcba9876543210.tmp"), "being written");
            List<Path> kept = new ArrayList<>(List.of(fresh));
            // Look-alikes: the old temporary name, other suffixes, too few digits, upper case, no dot.
            for (String name : new String[] {
                ".chart.png.1234567890.tmp",
                ".chart.png.eventscope-0123456789abcdef.tmp.bak",
                ".chart.png.eventscope-0123456789abcde.tmp",
                ".chart.png.eventscope-0123456789ABCDEF.tmp",
                "chart.png.eventscope-0123456789abcdef.tmp",
                "notes.txt"
            }) {
                Path p = Files.writeString(dir.resolve(name), "someone else's");
                Files.setLastModifiedTime(p, anHourAgo);
                kept.add(p);
            }
            // A folder and a link of our name are not ours: not removed, nor followed.
            Path folder = Files.createDirectory(dir.resolve(".x.eventscope-0000000000000000.tmp"));
            Files.setLastModifiedTime(folder, anHourAgo);
            Path link = Files.createSymbolicLink(dir.resolve(".y.eventscope-1111111111111111.tmp"), outside);
            Files.getFileAttributeView(link, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setTimes(anHourAgo, null, null);
            kept.add(folder);
            kept.add(link);

            AtomicFile.write(dir.resolve("chart.png"), false, out -> out.write('x'));

            assertThat(stale).doesNotExist();
            for (Path p : kept) {
                assertThat(Files.exists(p, LinkOption.NOFOLLOW_LINKS))
                        .as(p.getFileName().toString())
                        .isTrue();
            }
            assertThat(outside).exists();
            assertThat(dir.resolve("chart.png")).hasContent("x");
            Files.delete(link);
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aLongNameGetsATemporaryNameThatFitsAndMatchesThePattern() throws Exception {
        String name = "ї".repeat(120) + ".png";
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        Path temp = TempFiles.create(dir, name);
        try {
            assertThat(temp.getFileName().toString().getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(255);
            assertThat(TempFiles.NAME.matcher(temp.getFileName().toString()).matches())
                    .isTrue();
        } finally {
            TempFiles.remove(temp);
        }
        AtomicFile.write(dir.resolve(name), false, out -> out.write('x'));
        assertThat(names()).containsExactly(name);
    }

    /** SIGTERM during a large write: the JVM's shutdown removes the temporary file. */
    @Test
    void aTerminatedWriteLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("big.png");
        ChildJvm jvm = new ChildJvm();
        Process p = jvm.start(jvm.command(SlowWrite.class.getName(), target.toString()));
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("writing");
            assertThat(names())
                    .singleElement()
                    .satisfies(
                            n -> assertThat(TempFiles.NAME.matcher(n).matches()).isTrue());
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(names()).isEmpty();
    }
}
