package org.eventscope.io;

/** Lets a long read report progress and be cancelled. Called from the reading thread. */
public interface ReadMonitor {

    /** A monitor that ignores progress and never cancels. */
    ReadMonitor NONE = new ReadMonitor() {
        @Override
        public void progress(long bytesRead, long totalBytes) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code totalBytes} is -1 when unknown. */
    void progress(long bytesRead, long totalBytes);

    /** When true, the read stops with a {@link java.util.concurrent.CancellationException}. */
    boolean isCancelled();
}
