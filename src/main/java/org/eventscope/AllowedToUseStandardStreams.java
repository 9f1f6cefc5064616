package org.eventscope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class outside the command line that may print to standard output or error, and says
 * why. Everything else reports through its callers (the command line prints; the window shows);
 * {@code ArchitectureTest} holds the rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedToUseStandardStreams {

    /** Why this class prints. */
    String value();
}
