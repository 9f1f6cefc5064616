package org.eventscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventscope.export.ExportInfo;
import org.eventscope.export.Picture;
import org.eventscope.io.EventFileReader;
import org.eventscope.table.TableSource;
import org.eventscope.timeline.TimelineExport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export-timeline FILE --out OUT.(png|svg|pdf) [--from DATE --to DATE]}: the timeline as an image, without a display. */
@Command(
        name = "export-timeline",
        mixinStandardHelpOptions = true,
        description = "Save the timeline of an event file (all of it, or from one date to another) as a PNG, SVG"
                + " or PDF, without a window.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the image was written",
            "1:the event file or an option is wrong",
            "2:the image cannot be written"
        })
public final class ExportTimelineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The event file (JSON or TimelineJS); - reads standard input. Or a data table: a .parquet"
                    + " file, or a .csv file with --mapping, read in place through its engine.")
    private Path file;

    @Option(
            names = {"-m", "--mapping"},
            paramLabel = "MAPPING.json",
            description =
                    "Read a .csv FILE as a data table, its columns named by this mapping (docs/sheet-mapping.md).")
    private @Nullable Path mapping;

    @Option(
            names = "--spark",
            paramLabel = "MASTER",
            description = "Read the data table with Spark at MASTER (local[N], a cluster's master URL, or a Spark"
                    + " Connect address sc://host:port) rather than DuckDB; Spark's jars must be on the class path"
                    + " (docs/big-tables.md).")
    private @Nullable String spark;

    @Mixin
    private ImageOptions image;

    @Mixin
    private WindowOptions window;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (TableInput.isTable(file.toString(), mapping)) {
            return table(err);
        }
        if (spark != null) {
            return ImageOptions.fail(
                    err, EventscopeCommand.BAD_INPUT, "--spark reads a data table (.parquet, or .csv with --mapping)");
        }
        WindowOptions.Opened opened;
        try {
            opened = window.open(file, image, () -> null);
        } catch (WindowOptions.Refused r) {
            return ImageOptions.fail(err, r.status, String.valueOf(r.getMessage()));
        }
        EventFileReader.LoadResult result = opened.result();
        TimelineExport page = opened.page();
        FxRuntime.startHeadless();
        Picture picture = image.heightGiven
                ? new Picture(Picture.Kind.TIMELINE, null, page, image.width, image.height)
                : FxRuntime.call(() -> Picture.timelinePage(page, image.width, image.vector() ? 1 : image.pngScale));
        ExportInfo info = ExportInfo.of(picture, result.sha256());
        return image.write(picture, info, spec.commandLine().getOut(), err);
    }

    /** A data table's timeline: its window's counts, or its events when few enough, through its engine. */
    private int table(PrintWriter err) throws Exception {
        image.pageHeightFollowsContent = true;
        String problem = image.checkOptions();
        if (problem == null) {
            problem = image.checkNotInput(file);
        }
        if (problem != null) {
            return ImageOptions.fail(err, EventscopeCommand.BAD_INPUT, problem);
        }
        TableSource table;
        try {
            table = TableInput.open(file, mapping, spark, spec.commandLine().getOut(), err);
        } catch (TableInput.Failed f) {
            return ImageOptions.fail(err, f.status, String.valueOf(f.getMessage()));
        }
        try (table) {
            TimelineExport page = window.page(table, image.credit);
            if (page == null) {
                return ImageOptions.fail(err, EventscopeCommand.BAD_INPUT, String.valueOf(window.problem));
            }
            problem = image.checkTarget();
            if (problem != null) {
                return ImageOptions.fail(err, EventscopeCommand.CANNOT_WRITE, problem);
            }
            FxRuntime.startHeadless();
            try {
                Picture picture = image.heightGiven
                        ? new Picture(Picture.Kind.TIMELINE, null, page, image.width, image.height)
                        : FxRuntime.call(
                                () -> Picture.timelinePage(page, image.width, image.vector() ? 1 : image.pngScale));
                return image.write(
                        picture,
                        ExportInfo.of(picture, null),
                        spec.commandLine().getOut(),
                        err);
            } catch (org.eventscope.timeline.EventSource.SourceException e) {
                // The engine failed mid-query: nothing was written.
                return ImageOptions.fail(err, EventscopeCommand.CANNOT_READ, String.valueOf(e.getMessage()));
            }
        }
    }
}
