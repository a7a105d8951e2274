package org.offpiste.export;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON that stays inert when a web page embeds it: {@code < > &} and the two Unicode line
 * separators are written as {@code \\uXXXX} escapes (the values parse back unchanged), so a title
 * holding {@code </script>} cannot close the page's script.
 */
final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] table;

    HtmlSafeEscapes() {
        table = standardAsciiEscapesForJSON();
        table['<'] = ESCAPE_STANDARD;
        table['>'] = ESCAPE_STANDARD;
        table['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return table.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch == 0x2028 || ch == 0x2029) {
            return new SerializedString(String.format("\\u%04X", ch));
        }
        return null;
    }
}
