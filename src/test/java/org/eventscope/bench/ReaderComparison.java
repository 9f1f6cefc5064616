package org.eventscope.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares the reader of several builds in one JVM: each build's classes (a {@code
 * target/classes} directory) are loaded by a class loader of their own, over one loader of the
 * libraries, and the builds read the same file in turn, a full collection before each read. On a
 * machine whose speed drifts within the hour, alternating builds in separate JVMs needs many
 * runs to tell 5% apart; within one JVM the drift falls on every build alike.
 *
 * <p>{@code java -Dcomparison.libraries=LIBS -cp target/test-classes
 * org.eventscope.bench.ReaderComparison FILE READS DIR...}, where {@code LIBS} is the libraries'
 * class path without the build's own classes (see docs/benchmarks.md). Prints, per build, the
 * median wall and CPU time of a read (all threads, the collectors' included), with the first and
 * third quartiles. No build sees another's code: each loader looks in its own directory after
 * the libraries' loader, which knows nothing of Eventscope.
 */
public final class ReaderComparison {

    private ReaderComparison() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ReaderComparison FILE READS DIR... (-Dcomparison.libraries=CLASSPATH)");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int reads = Integer.parseInt(args[1]);
        String[] builds = Arrays.copyOfRange(args, 2, args.length);
        List<URL> libraries = new ArrayList<>();
        for (String entry : System.getProperty("comparison.libraries", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                libraries.add(Path.of(entry).toUri().toURL());
            }
        }
        ClassLoader shared = new URLClassLoader(libraries.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Method[] read = new Method[builds.length];
        for (int i = 0; i < builds.length; i++) {
            if (!Files.isDirectory(Path.of(builds[i], "org", "eventscope", "io"))) {
                throw new IllegalArgumentException(builds[i] + " holds no Eventscope classes");
            }
            ClassLoader own =
                    new URLClassLoader(new URL[] {Path.of(builds[i]).toUri().toURL()}, shared);
            read[i] = own.loadClass("org.eventscope.io.EventFileReader").getMethod("read", Path.class);
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int warm = 0; warm < 3; warm++) {
            for (Method m : read) {
                m.invoke(null, file);
            }
        }
        long[][] wall = new long[builds.length][reads];
        long[][] cpu = new long[builds.length][reads];
        for (int r = 0; r < reads; r++) {
            for (int i = 0; i < builds.length; i++) {
                // Each round in the other order, so no build always follows the same one.
                int b = r % 2 == 0 ? i : builds.length - 1 - i;
                System.gc();
                System.gc();
                Thread.sleep(100);
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                Object result = read[b].invoke(null, file);
                wall[b][r] = (System.nanoTime() - t0) / 1_000_000;
                cpu[b][r] = (os.getProcessCpuTime() - cpu0) / 1_000_000;
                Method ok = result.getClass().getMethod("ok");
                if (!(Boolean) ok.invoke(result)) {
                    throw new IllegalStateException(builds[b] + " did not read " + file);
                }
            }
        }
        for (int i = 0; i < builds.length; i++) {
            long[] w = wall[i].clone();
            long[] c = cpu[i].clone();
            Arrays.sort(w);
            Arrays.sort(c);
            System.out.printf(
                    Locale.ROOT,
                    "%s: wall median %d ms (%d–%d), CPU median %d ms (%d–%d)%n",
                    builds[i],
                    w[reads / 2],
                    w[reads / 4],
                    w[3 * reads / 4],
                    c[reads / 2],
                    c[reads / 4],
                    c[3 * reads / 4]);
        }
    }
}
