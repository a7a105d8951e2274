package org.offpiste.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what an HTTP exchange did (a status and body, or an I/O exception) into a
 * {@link FailureKind}, a short detail a person can read, and text without keys in it.
 * Stateless.
 */
public final class HttpFailures {
    /** What every secret becomes. */
    public static final String MASK = "•••";

    private static final int MAX_DETAIL = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OLLAMA_MODEL_NOT_FOUND = Pattern.compile("model\\s+\\S+\\s+not\\s+found",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY_ASSIGNMENT = Pattern.compile(
            "(?i)\\b((?:x-goog-)?(?:api[_-]?)?key|x-api-key|token|access_token|secret|password|authorization)"
                    + "(\\s*[=:]\\s*\"?)(?!Bearer\\b|Basic\\b|" + MASK + ")([^&\\s\"',;}]+)");
    private static final Pattern BEARER = Pattern.compile(
            "\\b((?i:bearer)|Basic(?=\\s+[A-Za-z0-9+/=]{8,}))\\s+[^\\s\"',;}]+");
    private static final Pattern KEY_LIKE = Pattern.compile(
            "\\b(?:sk-[A-Za-z0-9_\\-]{6,}|sk-ant-[A-Za-z0-9_\\-]{6,}|AIza[0-9A-Za-z_\\-]{20,})");
    private static final Pattern HTML_TITLE = Pattern.compile("(?is)<title>(.*?)</title>");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");

    private HttpFailures() {
    }

    /**
     * What an HTTP error status means; {@code body} tells Ollama's "model not found" apart. Redirects
     * are never followed (the key would go with them): a 3xx is a request to fix, the base URL.
     */
    public static FailureKind forStatus(int status, String body) {
        if (status >= 300 && status < 400) {
            return FailureKind.BAD_REQUEST;
        }
        if (status == 401) {
            return FailureKind.BAD_KEY;
        }
        if (status == 403) {
            return FailureKind.FORBIDDEN;
        }
        if (status == 404 || (status >= 400 && status < 500 && mentionsMissingModel(body))) {
            return FailureKind.UNKNOWN_MODEL;
        }
        if (status == 429) {
            return FailureKind.RATE_LIMITED;
        }
        if (status >= 500 && status < 600) {
            return mentionsMissingModel(body) ? FailureKind.UNKNOWN_MODEL : FailureKind.SERVER_ERROR;
        }
        if (status >= 400 && status < 500) {
            return FailureKind.BAD_REQUEST;
        }
        return FailureKind.OTHER;
    }

    /** "redirected to other.example.com": where a 3xx points, by host only (its path or query may hold anything). */
    public static String redirectDetail(String location) {
        String host = "";
        if (location != null && !location.isBlank()) {
            try {
                URI uri = URI.create(location.strip());
                host = uri.getHost() == null ? "" : uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            } catch (IllegalArgumentException unreadable) {
                host = "";
            }
        }
        return host.isEmpty() ? "redirected" : "redirected to " + host;
    }

    /**
     * A URL as it may be shown or logged: without userinfo ({@code user:pass@}), query or fragment,
     * where a key may hide.
     */
    public static String shownUrl(String url) {
        if (url == null) {
            return "";
        }
        String text = url.strip();
        try {
            URI uri = URI.create(text);
            if (uri.getScheme() != null && uri.getRawAuthority() != null) {
                String authority = uri.getRawAuthority();
                authority = authority.substring(authority.lastIndexOf('@') + 1);
                return uri.getScheme() + "://" + authority + (uri.getRawPath() == null ? "" : uri.getRawPath());
            }
        } catch (IllegalArgumentException unreadable) {
            // cut by hand below
        }
        return text.replaceAll("(?<=//)[^/?#]*@", "").replaceAll("[?#].*$", "");
    }

    /** What an I/O failure means, looking through its causes for the most telling one. */
    public static FailureKind forIo(Throwable failure) {
        List<Throwable> chain = causes(failure);
        if (chain.stream().anyMatch(t -> t instanceof UnknownHostException || t instanceof UnresolvedAddressException)) {
            return FailureKind.DNS;
        }
        if (chain.stream().anyMatch(HttpFailures::isConnectTimeout)) {
            return FailureKind.UNREACHABLE;
        }
        if (chain.stream().anyMatch(t -> t instanceof ConnectException)) {
            return FailureKind.REFUSED;
        }
        if (chain.stream().anyMatch(t -> t instanceof HttpTimeoutException || t instanceof SocketTimeoutException)) {
            return FailureKind.NO_HEADERS;
        }
        if (chain.stream().anyMatch(HttpFailures::isReset)) {
            return FailureKind.RESET;
        }
        return FailureKind.OTHER;
    }

    /**
     * The server's own message from the usual JSON error shapes ({@code {"error":{"message":…}}},
     * {@code {"error":"…"}}, {@code {"message":…}}, {@code {"detail":…}}), else the body's text;
     * one line, at most about 200 characters, keys masked. Empty for an empty body.
     */
    public static String shortDetail(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String message = jsonMessage(body.strip());
        if (message == null) {
            message = plainText(body);
        }
        String line = redact(message, List.of()).replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL - 1).strip() + "…";
    }

    /**
     * {@code text} with every one of {@code secrets} and anything that looks like a key
     * ({@code key=…}, {@code Bearer …}, {@code sk-…}, {@code AIza…}) replaced by {@link #MASK}.
     */
    public static String redact(String text, Collection<String> secrets) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String result = text;
        List<String> values = new ArrayList<>();
        if (secrets != null) {
            secrets.stream().filter(s -> s != null && !s.isBlank()).forEach(s -> values.add(s.strip()));
        }
        values.sort(Comparator.comparingInt(String::length).reversed());
        for (String secret : values) {
            result = result.replace(secret, MASK);
        }
        result = BEARER.matcher(result).replaceAll("$1 " + Matcher.quoteReplacement(MASK));
        result = KEY_ASSIGNMENT.matcher(result).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
        return KEY_LIKE.matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
    }

    private static boolean mentionsMissingModel(String body) {
        return body != null && OLLAMA_MODEL_NOT_FOUND.matcher(body).find();
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t) && chain.size() < 20; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static boolean isConnectTimeout(Throwable t) {
        if (t instanceof HttpConnectTimeoutException || t instanceof NoRouteToHostException) {
            return true;
        }
        String message = lower(t.getMessage());
        if (t instanceof ConnectException && message.contains("unreachable")) {
            return true; // "Network is unreachable", "Host is unreachable"
        }
        return (t instanceof SocketTimeoutException || t instanceof ConnectException)
                && message.contains("connect") && message.contains("timed out");
    }

    private static boolean isReset(Throwable t) {
        if (t instanceof EOFException) {
            return true;
        }
        String message = lower(t.getMessage());
        return t instanceof IOException && (message.contains("connection reset") || message.contains("eof")
                || message.contains("broken pipe") || message.contains("closed"));
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

    private static String jsonMessage(String body) {
        if (!body.startsWith("{") && !body.startsWith("[")) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(body);
            if (root.isArray() && !root.isEmpty()) {
                root = root.get(0);
            }
            return messageIn(root);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String messageIn(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        for (String field : List.of("error", "message", "detail", "error_description", "msg")) {
            JsonNode child = node.get(field);
            if (child == null || child.isNull()) {
                continue;
            }
            if (child.isTextual() && !child.asText().isBlank()) {
                return child.asText();
            }
            if (child.isObject() || child.isArray()) {
                String nested = messageIn(child.isArray() && !child.isEmpty() ? child.get(0) : child);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static String plainText(String body) {
        Matcher title = HTML_TITLE.matcher(body);
        if (title.find() && !title.group(1).isBlank()) {
            return title.group(1);
        }
        return TAGS.matcher(body).replaceAll(" ");
    }
}
