package org.offpiste.llm.fake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A request as the fake server read it off the wire; header names are lower case. */
public record RecordedRequest(String method, String target, Map<String, List<String>> headers, String body) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** The target without its query string. */
    public String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The request line, headers and body as one text (for "the key never appears" checks, or the opposite). */
    public String asText() {
        return method + " " + target + "\n" + headers + "\n" + body;
    }
}
