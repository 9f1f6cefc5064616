package org.eventscope.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.jspecify.annotations.Nullable;

/**
 * What the window remembers between runs (java.util.prefs): theme, time zone choice, window
 * bounds, split positions, recent files and the file that was open last.
 */
public final class AppPreferences {

    /** How many recent files are kept. */
    public static final int RECENT = 8;

    /**
     * The JDK's log of preferences, which tells at INFO level that it made the user's preferences
     * directory (on a first run): not news to a user, and a command that fails before the window
     * (no display) promises one line. Kept here so that the level holds. Warnings still show.
     */
    @SuppressWarnings("UnusedVariable") // held, not read: the log manager holds its loggers weakly
    private static final java.util.logging.Logger JDK_LOG = quietJdkLog();

    private final Preferences node;

    private static java.util.logging.Logger quietJdkLog() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("java.util.prefs");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    /** The user's preferences for Eventscope. */
    public static AppPreferences user() {
        return new AppPreferences(Preferences.userRoot().node("org/eventscope"));
    }

    /** @param node where to keep them, or {@code null} to remember nothing (tests, one-off runs) */
    public AppPreferences(@Nullable Preferences node) {
        this.node = node != null ? node : new InMemory();
    }

    /** Preferences that are kept only while the program runs. */
    public static AppPreferences none() {
        return new AppPreferences(null);
    }

    /** A preferences node in memory, never written anywhere. */
    private static final class InMemory extends java.util.prefs.AbstractPreferences {
        private final java.util.Map<String, String> values = new java.util.HashMap<>();

        InMemory() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected @Nullable String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected java.util.prefs.AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException("no child nodes");
        }

        @Override
        protected void syncSpi() {}

        @Override
        protected void flushSpi() {}
    }

    /** The theme to start with: the one chosen, else the system's as last seen, else light. */
    public Theme theme() {
        return chosenTheme()
                .orElseGet(() -> parseTheme(node.get("systemTheme", "")).orElse(Theme.LIGHT));
    }

    /** The theme chosen in the View menu, or empty to follow the system (the default). */
    public Optional<Theme> chosenTheme() {
        return parseTheme(node.get("theme", ""));
    }

    /** Chooses {@code theme}, or follows the system when it is {@code null}. */
    public void setTheme(@Nullable Theme theme) {
        node.put("theme", theme == null ? "SYSTEM" : theme.name());
    }

    /** Remembers the system's theme, so the next start can show it before asking the system again. */
    public void setSystemTheme(Theme theme) {
        node.put("systemTheme", theme.name());
    }

    private static Optional<Theme> parseTheme(String name) {
        try {
            return name.isEmpty() || name.equals("SYSTEM") ? Optional.empty() : Optional.of(Theme.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The interface language as a tag ("en", "uk"), or empty to follow the system. */
    public String language() {
        return node.get("language", "");
    }

    public void setLanguage(String tag) {
        node.put("language", tag == null ? "" : tag);
    }

    /** The credit line exports print ("Chart: Our Newsroom"), as last chosen; empty before the first export. */
    public String credit() {
        return node.get("credit", "");
    }

    public void setCredit(String credit) {
        node.put("credit", credit == null ? "" : credit.strip());
    }

    /**
     * Where data tables are read: empty for DuckDB on this computer, else a Spark master URL or
     * Spark Connect address.
     */
    public String sparkMaster() {
        return node.get("sparkMaster", "");
    }

    public void setSparkMaster(String master) {
        node.put("sparkMaster", master == null ? "" : master.strip());
    }

    public ZoneChoice zoneChoice() {
        try {
            return ZoneChoice.valueOf(node.get("zone", ZoneChoice.FILE.name()));
        } catch (IllegalArgumentException e) {
            return ZoneChoice.FILE;
        }
    }

    public void setZoneChoice(ZoneChoice choice) {
        node.put("zone", choice.name());
    }

    /** What the chart showed last: by band, by ring or over time; by band the first time. */
    public org.eventscope.chart.ChartMode chartMode() {
        try {
            return org.eventscope.chart.ChartMode.valueOf(
                    node.get("chartMode", org.eventscope.chart.ChartMode.BANDS.name()));
        } catch (IllegalArgumentException e) {
            return org.eventscope.chart.ChartMode.BANDS;
        }
    }

    public void setChartMode(org.eventscope.chart.ChartMode mode) {
        node.put("chartMode", mode.name());
    }

    /** Window bounds: x, y, width, height; empty before the first run. */
    public Optional<double[]> windowBounds() {
        double w = node.getDouble("window.width", -1);
        if (w <= 0) {
            return Optional.empty();
        }
        return Optional.of(new double[] {
            node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, node.getDouble("window.height", 600)
        });
    }

    public void setWindowBounds(double x, double y, double width, double height) {
        node.putDouble("window.x", x);
        node.putDouble("window.y", y);
        node.putDouble("window.width", width);
        node.putDouble("window.height", height);
    }

    public boolean maximized() {
        return node.getBoolean("window.maximized", false);
    }

    public void setMaximized(boolean maximized) {
        node.putBoolean("window.maximized", maximized);
    }

    /** The divider position of a split, or {@code fallback}. */
    public double divider(String split, double fallback) {
        return node.getDouble("split." + split, fallback);
    }

    public void setDivider(String split, double position) {
        node.putDouble("split." + split, position);
    }

    /** Recently opened files, newest first, those that no longer exist left out. */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String s = node.get("recent." + i, null);
            if (s != null && Files.isRegularFile(Path.of(s))) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    /** Puts {@code file} first among the recent files and remembers it as the last one open. */
    public void opened(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentFiles());
        recent.remove(absolute);
        recent.add(0, absolute);
        for (int i = 0; i < RECENT; i++) {
            if (i < recent.size()) {
                node.put("recent." + i, recent.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        node.put("last", absolute.toString());
    }

    /** The file open when the app last closed, if it still exists. */
    public Optional<Path> lastFile() {
        String s = node.get("last", null);
        return s == null || !Files.isRegularFile(Path.of(s)) ? Optional.empty() : Optional.of(Path.of(s));
    }

    /** Forgets the last file, e.g. when the bundled example was open. */
    public void forgetLastFile() {
        node.remove("last");
    }

    /** The mapping last used for a sheet with this header, if one was. */
    public Optional<org.eventscope.io.SheetMapping> sheetMapping(List<String> header) {
        String json = node.get("sheet-mapping." + headerKey(header), null);
        if (json == null) {
            return Optional.empty();
        }
        org.eventscope.io.SheetMapping m = org.eventscope.io.SheetMapping.read(
                "preferences",
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new org.eventscope.io.ProblemList());
        return Optional.ofNullable(m);
    }

    /** Remembers {@code mapping} for sheets with this header (not when it is too long to keep). */
    public void setSheetMapping(List<String> header, org.eventscope.io.SheetMapping mapping) {
        String json = mapping.toJson();
        if (json.length() <= java.util.prefs.Preferences.MAX_VALUE_LENGTH) {
            node.put("sheet-mapping." + headerKey(header), json);
        }
    }

    /** A short key for a header: a digest of its column names. */
    private static String headerKey(List<String> header) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String name : header) {
                sha.update(name.strip()
                        .toLowerCase(java.util.Locale.ROOT)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 40);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Writes the preferences out now. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: the app works without them.
        }
    }
}
