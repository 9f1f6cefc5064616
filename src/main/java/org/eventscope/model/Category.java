package org.eventscope.model;

import org.jspecify.annotations.Nullable;

/**
 * A kind of event, e.g. talks or statement.
 *
 * @param id    the id events refer to
 * @param name  the name shown to the user
 * @param color a CSS colour such as {@code #3b6ea5}, or {@code null} for the default
 */
public record Category(String id, String name, @Nullable String color) {}
