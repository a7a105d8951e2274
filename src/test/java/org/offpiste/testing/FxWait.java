package org.offpiste.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits in a TestFX test: the JavaFX events run between the checks. */
public final class FxWait {
    private FxWait() {
    }

    /** Waits up to 10 s for {@code condition}, letting pending JavaFX events run before each check. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Condition not met in time", e);
        }
    }
}
