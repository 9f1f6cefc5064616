package org.eventscope.table;

/** Told how far opening a table has come; asked whether to stop. */
public interface TableProgress {

    /** Nothing told, never stopped. */
    TableProgress NONE = new TableProgress() {
        @Override
        public void update(double fraction, String step) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code fraction} (0 to 1, or -1 when unknown) of {@code step} done. */
    void update(double fraction, String step);

    /** Whether the user gave up: the work stops at its next check. */
    boolean isCancelled();
}
