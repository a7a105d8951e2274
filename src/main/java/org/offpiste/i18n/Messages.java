package org.offpiste.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every visible string. Keys are {@code feature.rest}; the part before the first dot names the
 * bundle {@code org/offpiste/i18n/feature[_fr].properties}, so each feature owns its own file.
 */
public final class Messages {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;

    private final Locale locale;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    public Messages(Locale locale) {
        this.locale = supported(locale);
    }

    /** English or French: the supported language closest to {@code locale}. */
    public static Locale supported(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? FRENCH : ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern = raw(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The sentence that explains {@code problem} (a project problem, a bad CSV line…). */
    public String describe(Localizable problem) {
        return get(problem.messageKey(), problem.messageArguments());
    }

    /** True if the key exists in the bundle. */
    public boolean has(String key) {
        try {
            return bundle(key).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private String raw(String key) {
        try {
            return bundle(key).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("Missing message key: " + key, e);
        }
    }

    private ResourceBundle bundle(String key) {
        int dot = key.indexOf('.');
        String feature = dot < 0 ? key : key.substring(0, dot);
        return bundles.computeIfAbsent(feature, f -> ResourceBundle.getBundle(
                "org.offpiste.i18n." + f, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
