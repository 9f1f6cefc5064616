package org.eventscope.io;

import org.eventscope.i18n.Messages;

/**
 * The Java heap's size, and how to start Eventscope with a larger one. Every message that says
 * memory ran out (reading a file, a command) says it the same way, fitting how this process was
 * started: the app image's launcher takes JVM options only from the environment
 * ({@code JAVA_TOOL_OPTIONS}; it ignores {@code JDK_JAVA_OPTIONS}), a jar from {@code java}'s
 * command line.
 */
public final class JavaHeap {

    /**
     * Set by the app image's launcher (jpackage) to its own path; the launcher supplies the
     * JVM's options and class path itself.
     */
    public static final String APP_IMAGE_LAUNCHER = "jpackage.app-path";

    private JavaHeap() {}

    /** The most heap this JVM will take, in MB (the {@code -Xmx} given, rounded up to the collector's regions). */
    public static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    /** The app image's launcher that started this process, if one did. */
    public static java.util.Optional<String> appImageLauncher() {
        String launcher = System.getProperty(APP_IMAGE_LAUNCHER);
        return isAppImage(launcher) ? java.util.Optional.of(launcher) : java.util.Optional.empty();
    }

    /** How to start Eventscope with twice the heap it has, in the interface's language. */
    public static String howToEnlarge() {
        String launcher = System.getProperty(APP_IMAGE_LAUNCHER);
        return Messages.get(
                isAppImage(launcher) ? "memory.enlarge.appImage" : "memory.enlarge.java",
                setting(launcher, 2 * maxMegabytes()));
    }

    /** The setting that starts Eventscope with twice the heap it has (see {@link #setting(long)}). */
    public static String setting() {
        return setting(2 * maxMegabytes());
    }

    /**
     * The setting that starts Eventscope with a heap of at least {@code megabytes}, rounded up to
     * whole gigabytes, in any language: {@code JAVA_TOOL_OPTIONS=-Xmx2g} for the app image,
     * {@code java -Xmx2g -jar eventscope.jar} otherwise.
     */
    public static String setting(long megabytes) {
        return setting(System.getProperty(APP_IMAGE_LAUNCHER), megabytes);
    }

    static String setting(String launcher, long megabytes) {
        String option = "-Xmx" + Math.max(1, (megabytes + 1023) / 1024) + "g";
        return isAppImage(launcher) ? "JAVA_TOOL_OPTIONS=" + option : "java " + option + " -jar eventscope.jar";
    }

    private static boolean isAppImage(String launcher) {
        return launcher != null && !launcher.isBlank();
    }
}
