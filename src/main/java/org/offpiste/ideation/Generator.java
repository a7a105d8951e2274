package org.offpiste.ideation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The image generators Visualize writes prompts for. */
public enum Generator {
    MIDJOURNEY("midjourney"), DALLE("dalle"), STABLE_DIFFUSION("stable-diffusion");

    private final String id;

    Generator(String id) {
        this.id = id;
    }

    /** The file's and the command line's name. */
    public String id() {
        return id;
    }

    public static Optional<Generator> fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.id.equals(wanted)).findFirst();
    }
}
