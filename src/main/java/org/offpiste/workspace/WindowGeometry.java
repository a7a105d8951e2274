package org.offpiste.workspace;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.offpiste.settings.Settings;

/** The window's place and size, remembered in the settings under {@code window.*}. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    private static final double MIN_SIZE = 200;

    public static Optional<WindowGeometry> load(Settings settings) {
        try {
            double x = Double.parseDouble(settings.get("window.x").orElse(""));
            double y = Double.parseDouble(settings.get("window.y").orElse(""));
            double w = Double.parseDouble(settings.get("window.width").orElse(""));
            double h = Double.parseDouble(settings.get("window.height").orElse(""));
            boolean max = settings.get("window.maximized").map(Boolean::parseBoolean).orElse(false);
            if (w < MIN_SIZE || h < MIN_SIZE || !Double.isFinite(x) || !Double.isFinite(y)) {
                return Optional.empty();
            }
            return Optional.of(new WindowGeometry(x, y, w, h, max));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void save(Settings settings) {
        settings.putAll(Map.of("window.x", format(x), "window.y", format(y),
                "window.width", format(width), "window.height", format(height),
                "window.maximized", Boolean.toString(maximized)));
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
