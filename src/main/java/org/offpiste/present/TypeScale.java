package org.offpiste.present;

import java.util.function.DoubleSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Type that scales with the screen: each size is a share of the presentation's height (a title of
 * 7.5 % is 60 px at 800 px high, 81 px at 1080), so it reads the same from the back of any room.
 * The font is bound, so the stylesheet sets colours and spacing, never sizes.
 */
final class TypeScale {
    /** One idea: its title, and shorter for a long title. */
    static final double TITLE = 0.075;
    static final double TITLE_LONG = 0.06;
    static final double TITLE_VERY_LONG = 0.05;
    /** One idea: its description, smaller for a long one (never below {@link #BODY_SMALLEST}). */
    static final double BODY = 0.035;
    static final double BODY_SMALLEST = 0.024;
    static final double TAG = 0.026;
    static final double SCORE = 0.034;
    /** Corners: place, lane, round clock. */
    static final double META = 0.026;
    static final double HINT = 0.022;
    /** Grid cards' titles: 29 px at 800 px high. */
    static final double CARD_TITLE = 0.036;
    static final double CARD_NUMBER = 0.024;
    static final double EMPTY_TITLE = 0.06;
    static final double EMPTY_TEXT = 0.034;
    private static final int LONG_TITLE = 45;
    private static final int VERY_LONG_TITLE = 90;
    private static final int LONG_BODY = 280;

    private final ObservableDoubleValue height;
    private final String family = Font.getDefault().getFamily();

    TypeScale(ObservableDoubleValue height) {
        this.height = height;
    }

    /** Binds {@code label}'s font to {@code share} of the height. */
    void bind(Labeled label, double share, FontWeight weight) {
        bind(label, () -> share, weight);
    }

    /** Binds {@code label}'s font to a share of the height that may change (with {@code also}). */
    void bind(Labeled label, DoubleSupplier share, FontWeight weight, ObservableValue<?>... also) {
        label.fontProperty().bind(font(share, weight, also));
    }

    ObjectBinding<Font> font(DoubleSupplier share, FontWeight weight, ObservableValue<?>... also) {
        ObservableValue<?>[] deps = new ObservableValue<?>[also.length + 1];
        deps[0] = height;
        System.arraycopy(also, 0, deps, 1, also.length);
        return Bindings.createObjectBinding(
                () -> Font.font(family, weight, Math.max(12, Math.round(height.get() * share.getAsDouble()))), deps);
    }

    /** The share of the height for a title of this length. */
    static double title(String text) {
        int n = text == null ? 0 : text.length();
        return n <= LONG_TITLE ? TITLE : n <= VERY_LONG_TITLE ? TITLE_LONG : TITLE_VERY_LONG;
    }

    /** The share of the height for a description of this length: smaller as it grows, down to a floor. */
    static double body(String text) {
        int n = text == null ? 0 : text.length();
        return n <= LONG_BODY ? BODY : Math.max(BODY_SMALLEST, BODY * Math.sqrt((double) LONG_BODY / n));
    }
}
