package org.offpiste.brief;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** An immutable brief: one text per {@link BriefField}; absent fields read as "". */
public final class Brief {
    private static final Brief EMPTY = new Brief(new EnumMap<>(BriefField.class));
    private final Map<BriefField, String> values;

    private Brief(EnumMap<BriefField, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Brief empty() {
        return EMPTY;
    }

    public static Brief of(Map<BriefField, String> values) {
        EnumMap<BriefField, String> copy = new EnumMap<>(BriefField.class);
        values.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                copy.put(k, v);
            }
        });
        return new Brief(copy);
    }

    public String get(BriefField field) {
        return values.getOrDefault(field, "");
    }

    public Brief with(BriefField field, String value) {
        EnumMap<BriefField, String> copy = new EnumMap<>(BriefField.class);
        copy.putAll(values);
        if (value == null || value.isEmpty()) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return new Brief(copy);
    }

    public Map<BriefField, String> values() {
        return values;
    }

    public boolean isEmpty() {
        return values.values().stream().allMatch(String::isBlank);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Brief && ((Brief) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Brief" + values;
    }
}
