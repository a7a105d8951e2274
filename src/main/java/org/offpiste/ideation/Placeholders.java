package org.offpiste.ideation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.offpiste.brief.BriefField;

/** The placeholders a technique's templates may use: ten brief fields and the three draws. */
final class Placeholders {
    static final Pattern PATTERN = Pattern.compile("\\{([^{}]*)}");
    /** Placeholder name to brief field; notes and the ideas' language are not phrased into steps. */
    static final Map<String, BriefField> BRIEF_FIELDS;

    static {
        Map<String, BriefField> fields = new LinkedHashMap<>();
        for (BriefField field : BriefField.values()) {
            if (field != BriefField.NOTES && field != BriefField.LANGUAGE) {
                fields.put(field.key(), field);
            }
        }
        BRIEF_FIELDS = Collections.unmodifiableMap(fields);
    }

    private Placeholders() {
    }

    /** The placeholder names used in {@code template}, in order. */
    static List<String> names(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PATTERN.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static boolean isKnown(String name) {
        return BRIEF_FIELDS.containsKey(name) || DrawKind.ofPlaceholder(name).isPresent();
    }

    /** True if a brace is left once the placeholders are taken out (a typo such as "{audience"). */
    static boolean hasStrayBrace(String template) {
        String rest = PATTERN.matcher(template).replaceAll("");
        return rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0;
    }
}
