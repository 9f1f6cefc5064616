package org.eventscope.app;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eventscope.i18n.Messages;
import org.eventscope.io.Problem;
import org.eventscope.model.Category;
import org.eventscope.model.EventFile;
import org.eventscope.model.EventFilter;
import org.eventscope.model.Text;
import org.eventscope.timeline.TimeScale;
import org.jspecify.annotations.Nullable;

/**
 * What the main window shows that is not a control's own business, as plain logic without the
 * toolkit: the filter made of a search and the categories chosen, the status and match texts, and
 * the state of a reload (which document, which selection, which view to come back to).
 */
final class MainViewModel {

    private @Nullable Document reloading;
    private @Nullable String reloadSelection;
    private @Nullable TimeScale reloadView;

    /**
     * The filter for {@code search} and the categories {@code checked} of {@code all}; {@code null}
     * when it keeps every event. Events without a category are never filtered out by category.
     */
    static @Nullable EventFilter filter(String search, List<Category> all, List<Category> checked) {
        Set<String> chosen = null;
        if (!all.isEmpty() && checked.size() < all.size()) {
            chosen = new HashSet<>();
            for (Category c : checked) {
                chosen.add(c.id());
            }
            chosen.add("");
        }
        EventFilter filter = new EventFilter(search, chosen);
        return filter.isEmpty() ? null : filter;
    }

    /** "12 of 80 events match", or "" without a filter. */
    static String matchText(@Nullable EventFile file, @Nullable EventFilter filter, int matches) {
        if (file == null || filter == null) {
            return "";
        }
        return Messages.get(
                "filter.matches",
                NumberFormat.getIntegerInstance(Messages.locale()).format(matches),
                Messages.count(file.events().size(), "count.event"));
    }

    /** The window's title: the document's title and file, marked "●" while it has unsaved changes. */
    static String windowTitle(@Nullable Document d, boolean dirty) {
        if (d == null) {
            return Messages.get("app.title");
        }
        return (dirty ? "● " : "") + Text.oneLine(d.file().title()) + " (" + Text.oneLine(d.name()) + ") — "
                + Messages.get("app.title");
    }

    /** The status bar's text for the open document: its name, what it holds, and its warnings. */
    static String statusText(@Nullable Document d) {
        if (d == null) {
            return Messages.get("status.noFile");
        }
        EventFile f = d.file();
        String text = d.name() + " — " + Messages.count(f.events().size(), "count.event") + ", "
                + Messages.count(f.troopReports().size(), "count.report") + ", "
                + Messages.count(f.sources().size(), "count.source");
        long warnings = Problem.count(d.warnings(), Problem.Severity.WARNING);
        return warnings == 0 ? text : text + " — " + Messages.count(warnings, "count.warning");
    }

    /**
     * Starts reading {@code open} again, remembering the selected event's id and the view; false
     * when there is nothing to reload (no document, or one not read from a file).
     */
    boolean beginReload(@Nullable Document open, @Nullable String selectedId, @Nullable TimeScale view) {
        if (open == null || open.path() == null) {
            return false;
        }
        reloading = open;
        reloadSelection = selectedId;
        reloadView = view;
        return true;
    }

    /** True while a reload runs. */
    boolean reloading() {
        return reloading != null;
    }

    /**
     * The reload's outcome when {@code now} is the reloaded document: what to select and show again,
     * and what changed; {@code null} when {@code now} is another document.
     */
    @Nullable
    Reloaded reloaded(Document now) {
        if (reloading == null || now.path() == null || !now.path().equals(reloading.path())) {
            return null;
        }
        Document before = reloading;
        reloading = null;
        return new Reloaded(
                reloadSelection,
                reloadView,
                Messages.get(
                        "status.reloaded",
                        now.name(),
                        Changes.between(before.file(), now.file()).describe()));
    }

    /** The reload found errors: the last good version stays; the status text says so. */
    String reloadFailed(Document kept) {
        reloading = null;
        return Messages.get("status.brokenReload", kept.name());
    }

    /** The name of the file a load could not open, as its problems give it. */
    static String failedFile(DocumentModel.LoadFailure failure) {
        return failure.problems().isEmpty()
                ? Messages.get("problems.theFile")
                : failure.problems().get(0).file();
    }

    /** "2 errors": how many of {@code problems} are errors. */
    static String errorCount(List<Problem> problems) {
        return Messages.count(Problem.count(problems, Problem.Severity.ERROR), "count.error");
    }

    /**
     * True when the file that failed is the document that stays open (opened again after it broke):
     * then the texts speak of the version opened before, not of another file.
     */
    private static boolean keepsItself(DocumentModel.LoadFailure failure, Document kept) {
        Path failed = failure.path();
        Path open = kept.path();
        return failed != null
                && open != null
                && failed.toAbsolutePath()
                        .normalize()
                        .equals(open.toAbsolutePath().normalize());
    }

    /**
     * The Problems panel's summary of a file that was not opened, and of what stays open;
     * {@code reload} when the open document was read again after it changed on disk.
     */
    static String failedLoadSummary(DocumentModel.LoadFailure failure, @Nullable Document kept, boolean reload) {
        String file = failedFile(failure);
        String errors = errorCount(failure.problems());
        if (kept == null) {
            return Messages.get("problems.failed", file, errors);
        }
        if (reload) {
            return Messages.get("problems.failedReload", kept.name(), errors);
        }
        return keepsItself(failure, kept)
                ? Messages.get("problems.failedKeptSame", file, errors)
                : Messages.get("problems.failedKept", file, errors, kept.name());
    }

    /** The header of the dialog that lists the problems of a file that was not opened. */
    static String failedLoadHeader(DocumentModel.LoadFailure failure, @Nullable Document kept) {
        String file = failedFile(failure);
        String errors = errorCount(failure.problems());
        if (kept == null) {
            return Messages.get("problems.dialog.header", file, errors);
        }
        return keepsItself(failure, kept)
                ? Messages.get("problems.dialog.headerKeptSame", file, errors)
                : Messages.get("problems.dialog.headerKept", file, errors, kept.name());
    }

    /** What a finished reload restores, and the status text. */
    record Reloaded(@Nullable String selection, @Nullable TimeScale view, String status) {}
}
