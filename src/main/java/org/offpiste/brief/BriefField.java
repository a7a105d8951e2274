package org.offpiste.brief;

/** The fields of a brief, in the order a person fills them in. */
public enum BriefField {
    TITLE("title", false),
    CLIENT("client", false),
    OBJECTIVE("objective", true),
    AUDIENCE("audience", true),
    INSIGHT("insight", true),
    CHANNELS("channels", true),
    TONE("tone", true),
    CONSTRAINTS("constraints", true),
    CLICHES("cliches", true),
    SUCCESS_CRITERIA("successCriteria", true),
    NOTES("notes", true),
    LANGUAGE("language", false);

    private final String key;
    private final boolean multiline;

    BriefField(String key, boolean multiline) {
        this.key = key;
        this.multiline = multiline;
    }

    /** Stable key: column names, JSON keys and resource-bundle keys derive from it. */
    public String key() {
        return key;
    }

    public boolean multiline() {
        return multiline;
    }

    public static BriefField fromKey(String key) {
        for (BriefField f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown brief field: " + key);
    }
}
