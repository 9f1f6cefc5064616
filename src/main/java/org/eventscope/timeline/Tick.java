package org.eventscope.timeline;

/**
 * One mark on the time axis.
 *
 * @param millis the instant the tick stands at
 * @param label  the text drawn beside it
 */
public record Tick(long millis, String label) {}
