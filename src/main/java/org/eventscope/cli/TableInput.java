package org.eventscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.eventscope.io.Printable;
import org.eventscope.io.Problem;
import org.eventscope.io.ProblemList;
import org.eventscope.io.SheetMapping;
import org.eventscope.table.TableException;
import org.eventscope.table.TableProgress;
import org.eventscope.table.TableSource;
import org.eventscope.view.DataFolder;
import org.jspecify.annotations.Nullable;

/**
 * A data table named on the command line ({@code .parquet}, or {@code .csv}/{@code .tsv} with
 * {@code --mapping}), opened through the same {@link TableSource} and tile cache as the window.
 */
final class TableInput {

    private TableInput() {}

    /** Whether {@code file} is read as a table: a Parquet file, or a CSV given a mapping. */
    static boolean isTable(String file, @Nullable Path mapping) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".parquet")
                || name.endsWith(".parq")
                || (mapping != null && (name.endsWith(".csv") || name.endsWith(".tsv")));
    }

    /** Why a table was not opened: the exit status and the message for stderr. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Failed(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /**
     * Opens {@code file} by {@code mapping} (read from its file; its problems printed to {@code
     * out}), telling {@code err} when the tiles are built.
     */
    static TableSource open(Path file, @Nullable Path mapping, @Nullable String spark, PrintWriter out, PrintWriter err)
            throws Failed {
        SheetMapping columns = null;
        if (mapping != null) {
            ProblemList problems = new ProblemList();
            try (InputStream m = Files.newInputStream(mapping)) {
                columns = SheetMapping.read(mapping.toString(), m, problems);
            } catch (IOException e) {
                throw new Failed(
                        EventscopeCommand.CANNOT_READ,
                        "cannot read " + Printable.escape(mapping.toString()) + ": "
                                + Printable.escape(org.eventscope.io.EventFileReader.reason(e)));
            }
            for (Problem p : problems) {
                out.println(p);
            }
            out.flush();
            if (columns == null) {
                throw new Failed(EventscopeCommand.BAD_INPUT, "the mapping has errors");
            }
        }
        try {
            TableProgress progress = new TableProgress() {
                private boolean told;

                @Override
                public void update(double fraction, String step) {
                    if (!told) {
                        err.println(Printable.escape(file.toString())
                                + ": counting its events over time (once; kept for the next time)…");
                        err.flush();
                        told = true;
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            Path cache = DataFolder.get().resolve("tables");
            return spark == null
                    ? TableSource.open(file, columns, cache, progress)
                    : TableSource.openSpark(file, columns, cache, spark, progress);
        } catch (TableException e) {
            throw new Failed(
                    e.unreadable() ? EventscopeCommand.CANNOT_READ : EventscopeCommand.BAD_INPUT,
                    String.valueOf(e.getMessage()));
        }
    }
}
