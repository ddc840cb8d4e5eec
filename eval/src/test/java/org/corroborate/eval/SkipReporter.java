package org.corroborate.eval;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints why a test was skipped (an unmet assumption, such as ../shared being absent) to the build log, where
 * Maven would otherwise show only a count. Registered for every eval test through
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension}.
 */
public final class SkipReporter implements TestWatcher {
    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        System.err.println(context.getDisplayName() + " (" + context.getRequiredTestClass().getSimpleName()
                + ") " + cause.getMessage());
    }
}
