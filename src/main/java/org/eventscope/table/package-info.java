/**
 * Event tables too big for memory (Parquet, CSV): read in place by an embedded engine (DuckDB),
 * counted per time bin once into a tile table kept in a cache folder, and answering a timeline's
 * {@link org.eventscope.timeline.EventSource} questions with queries.
 */
@NullMarked
package org.eventscope.table;

import org.jspecify.annotations.NullMarked;
