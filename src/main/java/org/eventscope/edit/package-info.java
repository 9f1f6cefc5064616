/**
 * Editing an event file: the document as it is being changed ({@link org.eventscope.edit.Editor}),
 * every change undoable, and a save that writes only what changed
 * ({@link org.eventscope.edit.Saving}). No user interface here; the window drives it.
 */
@NullMarked
package org.eventscope.edit;

import org.jspecify.annotations.NullMarked;
