package org.eventscope.timeline;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.eventscope.cli.FxRuntime;
import org.eventscope.io.EventFileReader;
import org.eventscope.model.EventFile;

/**
 * How many of a file's events show a readable title when the whole file is fitted into a view:
 * an event counts when it is drawn on its own (not in a cluster, not as density) and its label is
 * its whole title or keeps at least {@link #MIN_CHARS} characters of it. Used by the tests, and
 * from the command line on any file, with the real fonts:
 * {@code java -cp target/test-classes:target/classes:<test class path>
 * org.eventscope.timeline.TitleReadability FILE [WIDTHxHEIGHT]} (default 920x603, the timeline's
 * share of a 1280x800 window for a file without troop reports).
 */
public final class TitleReadability {

    /** A shortened title keeping this many characters still reads. */
    static final int MIN_CHARS = 24;

    private TitleReadability() {}

    /** The share, 0 to 1, of the file's events with a readable title in {@code layout}. */
    static double share(FrameLayout layout, int events) {
        if (events == 0) {
            return 1;
        }
        long readable = layout.events()
                .filter(m -> {
                    String title = m.event().title();
                    String label = m.label();
                    if (label.equals(title)) {
                        return true;
                    }
                    String kept = label.endsWith("…") ? label.substring(0, label.length() - 1) : label;
                    return kept.length() >= Math.min(MIN_CHARS, title.length());
                })
                .count();
        return readable / (double) events;
    }

    /** The layout of {@code file} fitted into a {@code width} x {@code height} timeline, as the window fits it. */
    static FrameLayout fitted(EventFile file, TextWidths text, double width, double height) {
        TimelineIndex index = TimelineIndex.of(file);
        TimelineLayout layout = new TimelineLayout(text);
        TimeScale scale = layout.fitAll(index, width, TimelineViewSkin.FIT_PADDING, 0);
        ZoneId zone = file.displayZone();
        return layout.of(new Frame(
                width,
                height,
                file,
                index,
                scale,
                zone,
                Locale.ENGLISH,
                null,
                null,
                false,
                Long.MIN_VALUE,
                TimelineStyle.LIGHT,
                Set.of(),
                true,
                false,
                null));
    }

    public static void main(String[] args) throws Exception {
        try {
            EventFile file = EventFileReader.read(Path.of(args[0])).file();
            if (file == null) {
                System.out.println(args[0] + ": does not open");
                return;
            }
            String[] size = (args.length > 1 ? args[1] : "920x603").split("x", -1);
            double w = Double.parseDouble(size[0]);
            double h = Double.parseDouble(size[1]);
            FxRuntime.startHeadless();
            FrameLayout l = FxRuntime.call(() -> fitted(file, new FontSet(TimelineStyle.LIGHT.fontSize()), w, h));
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d events, %d drawn on their own, %d in clusters, readable titles %.0f %%%n",
                    args[0],
                    file.events().size(),
                    l.events().count(),
                    l.clusters().stream().mapToInt(Placed.ClusterMark::count).sum(),
                    100 * share(l, file.events().size()));
            l.events().forEach(m -> System.out.println("  " + m.label()));
        } finally {
            System.exit(0);
        }
    }
}
