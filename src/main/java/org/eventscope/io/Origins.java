package org.eventscope.io;

import java.util.List;
import org.eventscope.model.EventFile;

/**
 * Where each entry of an edited file's lists came from in the file as it was read: its position
 * there, or -1 for an entry added since. A save copies the bytes of an entry that came from the
 * file unchanged and rewrites only those that changed.
 */
public final class Origins {

    private final int[][] lists;

    /** Positions for each list, in the order sources, categories, events, troop reports, eras (not copied). */
    public Origins(int[] sources, int[] categories, int[] events, int[] troopReports, int[] eras) {
        this.lists = new int[][] {sources, categories, events, troopReports, eras};
    }

    public int[] sources() {
        return lists[0];
    }

    public int[] categories() {
        return lists[1];
    }

    public int[] events() {
        return lists[2];
    }

    public int[] troopReports() {
        return lists[3];
    }

    public int[] eras() {
        return lists[4];
    }

    /** The positions for list {@code section}: 0 sources, 1 categories, 2 events, 3 troop reports, 4 eras. */
    int[] of(int section) {
        return lists[section];
    }

    /** Every entry where it was read: a file without edits. */
    public static Origins of(EventFile file) {
        return new Origins(
                identity(file.sources()),
                identity(file.categories()),
                identity(file.events()),
                identity(file.troopReports()),
                identity(file.eras()));
    }

    private static int[] identity(List<?> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        return out;
    }
}
