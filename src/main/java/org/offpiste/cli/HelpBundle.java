package org.offpiste.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The help texts for picocli, taken from the {@code cli} bundle: picocli's key {@code k}
 * (e.g. {@code offpiste.add.usage.description}) is {@code cli.help.k} there, so every
 * visible string stays in the feature's bundle.
 */
final class HelpBundle extends ResourceBundle {
    private static final String PREFIX = "cli.help.";
    private final ResourceBundle cli;

    HelpBundle(Locale locale) {
        this.cli = ResourceBundle.getBundle("org.offpiste.i18n.cli", locale, HelpBundle.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    protected Object handleGetObject(String key) {
        return cli.containsKey(PREFIX + key) ? cli.getString(PREFIX + key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(cli.keySet().stream()
                .filter(k -> k.startsWith(PREFIX))
                .map(k -> k.substring(PREFIX.length()))
                .collect(Collectors.toList()));
    }
}
