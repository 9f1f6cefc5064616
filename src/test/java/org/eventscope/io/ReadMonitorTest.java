package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.eventscope.bench.SyntheticEventFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadMonitorTest {

    @TempDir
    Path dir;

    /** A monitor whose user has cancelled. */
    private static final ReadMonitor CANCELLED = new ReadMonitor() {
        @Override
        public void progress(long bytesRead, long totalBytes) {}

        @Override
        public boolean isCancelled() {
            return true;
        }
    };

    @Test
    void progressGrowsToTheFileSizeAndTheSyntheticFileLoads() throws IOException {
        Path file = dir.resolve("synthetic.json");
        SyntheticEventFiles.write(file, 50_000, 7);
        long size = Files.size(file);
        List<Long> seen = new ArrayList<>();
        EventFileReader.LoadResult result = EventFileReader.read(file, new ReadMonitor() {
            @Override
            public void progress(long bytesRead, long totalBytes) {
                assertThat(totalBytes).isEqualTo(size);
                seen.add(bytesRead);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(result.problems()).isEmpty();
        assertThat(result.file().events()).hasSize(50_000);
        assertThat(result.file().title()).startsWith("Synthetic");
        assertThat(seen).hasSizeGreaterThan(5).isSorted();
        assertThat(seen.get(seen.size() - 1)).isGreaterThan(size * 9 / 10).isLessThanOrEqualTo(size);
    }

    @Test
    void cancellingStopsTheReadPartWay() throws IOException {
        // Read in one part (events under SplitRead.MIN_EVENTS_BYTES): it stops soon after the cancel.
        Path file = dir.resolve("synthetic.json");
        SyntheticEventFiles.write(file, 40_000, 7);
        long size = Files.size(file);
        assertThat(size).isLessThan(SplitRead.MIN_EVENTS_BYTES);
        assertThat(progressWhenCancelled(file, size / 4)).isLessThan(size / 2);
    }

    @Test
    void cancellingStopsAReadInTwoPartsBeforeItsEnd() throws IOException {
        // Read in two parts, the progress counts both: the second thread may have read all of
        // its half by the time the reader, checking every few thousand events, sees the cancel.
        Path file = dir.resolve("synthetic-two-parts.json");
        SyntheticEventFiles.write(file, 60_000, 7);
        long size = Files.size(file);
        assertThat(size).isGreaterThan(SplitRead.MIN_EVENTS_BYTES + (1 << 20));
        assertThat(progressWhenCancelled(file, size / 4)).isLessThan(size * 3 / 4);
    }

    /** Reads {@code file}, cancelling once the progress passes {@code after}; the last progress reported. */
    private static long progressWhenCancelled(Path file, long after) {
        long[] lastProgress = {0};
        assertThatThrownBy(() -> EventFileReader.read(file, new ReadMonitor() {
                    @Override
                    public void progress(long bytesRead, long totalBytes) {
                        lastProgress[0] = bytesRead;
                    }

                    @Override
                    public boolean isCancelled() {
                        return lastProgress[0] > after;
                    }
                }))
                .isInstanceOf(CancellationException.class);
        return lastProgress[0];
    }

    @Test
    void aLongSheetReportsItsProgressAndStopsWhenCancelled() throws IOException {
        Path sheet = dir.resolve("synthetic-acled.csv");
        org.eventscope.bench.SyntheticAcled.write(sheet, 20_000, 3);
        long size = Files.size(sheet);
        List<Long> seen = new ArrayList<>();
        EventFileReader.LoadResult result = EventFileReader.read(sheet, new ReadMonitor() {
            @Override
            public void progress(long bytesRead, long totalBytes) {
                assertThat(totalBytes).isEqualTo(size);
                seen.add(bytesRead);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(result.file().events()).hasSize(20_000);
        assertThat(seen).hasSizeGreaterThanOrEqualTo(4).isSorted().allMatch(n -> n > 0 && n <= size);

        assertThatThrownBy(() -> EventFileReader.read(sheet, CANCELLED)).isInstanceOf(CancellationException.class);
        // The thread that parsed ahead stopped with the read.
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("eventscope-sheet-rows") && t.isAlive());
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 30, unit = java.util.concurrent.TimeUnit.SECONDS)
    void aCancelReturnsWhileTheSheetsReadIsStuck() throws IOException {
        // A sheet whose bytes stop coming (a stalled network drive): cancelled once 4,096 rows are
        // in, the import returns though the read on the other thread waits on.
        Path sheet = dir.resolve("stuck.csv");
        org.eventscope.bench.SyntheticAcled.write(sheet, 20_000, 5);
        byte[] bytes = Files.readAllBytes(sheet);
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        java.io.InputStream stuck = new java.io.InputStream() {
            private int at;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= bytes.length / 2) {
                    try {
                        never.await(); // interrupts are not heard, as in a read of a stalled drive
                    } catch (InterruptedException e) {
                        // still stuck
                    }
                }
                int n = Math.min(len, bytes.length / 2 - at);
                System.arraycopy(bytes, at, b, off, n);
                at += n;
                return n;
            }
        };
        try {
            assertThatThrownBy(() -> EventFileReader.read("stuck.csv", stuck, bytes.length, CANCELLED))
                    .isInstanceOf(CancellationException.class);
        } finally {
            never.countDown();
        }
    }
}
