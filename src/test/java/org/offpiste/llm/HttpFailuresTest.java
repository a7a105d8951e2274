package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpFailuresTest {

    @Test
    void statusesMapToWhatAPersonCanFix() {
        assertThat(HttpFailures.forStatus(401, "")).isEqualTo(FailureKind.BAD_KEY);
        assertThat(HttpFailures.forStatus(403, "{}")).isEqualTo(FailureKind.FORBIDDEN);
        assertThat(HttpFailures.forStatus(404, null)).isEqualTo(FailureKind.UNKNOWN_MODEL);
        assertThat(HttpFailures.forStatus(429, "")).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(HttpFailures.forStatus(500, "")).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(HttpFailures.forStatus(503, "")).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(HttpFailures.forStatus(400, "{\"error\":{\"message\":\"bad\"}}")).isEqualTo(FailureKind.BAD_REQUEST);
        assertThat(HttpFailures.forStatus(422, "")).isEqualTo(FailureKind.BAD_REQUEST);
    }

    @Test
    void ollamasModelNotFoundIsAnUnknownModelWhateverItsStatus() {
        String body = "{\"error\":\"model \\\"llama9\\\" not found, try pulling it first\"}";
        assertThat(HttpFailures.forStatus(400, body)).isEqualTo(FailureKind.UNKNOWN_MODEL);
        assertThat(HttpFailures.forStatus(500, body)).isEqualTo(FailureKind.UNKNOWN_MODEL);
        assertThat(HttpFailures.forStatus(404, body)).isEqualTo(FailureKind.UNKNOWN_MODEL);
    }

    @Test
    void ioFailuresAreFoundThroughTheirCauses() {
        assertThat(HttpFailures.forIo(new RuntimeException(new IOException(new UnknownHostException("x.invalid")))))
                .isEqualTo(FailureKind.DNS);
        assertThat(HttpFailures.forIo(new IOException(new UnresolvedAddressException()))).isEqualTo(FailureKind.DNS);
        assertThat(HttpFailures.forIo(new UncheckedIOException(new ConnectException()))).isEqualTo(FailureKind.REFUSED);
        assertThat(HttpFailures.forIo(new HttpConnectTimeoutException("HTTP connect timed out")))
                .isEqualTo(FailureKind.UNREACHABLE);
        ConnectException wrapped = new ConnectException("HTTP connect timed out");
        wrapped.initCause(new HttpConnectTimeoutException("HTTP connect timed out"));
        assertThat(HttpFailures.forIo(wrapped)).isEqualTo(FailureKind.UNREACHABLE);
        assertThat(HttpFailures.forIo(new NoRouteToHostException())).isEqualTo(FailureKind.UNREACHABLE);
        assertThat(HttpFailures.forIo(new ConnectException("Network is unreachable"))).isEqualTo(FailureKind.UNREACHABLE);
        assertThat(HttpFailures.forIo(new SocketTimeoutException("Connect timed out"))).isEqualTo(FailureKind.UNREACHABLE);
        assertThat(HttpFailures.forIo(new HttpTimeoutException("request timed out"))).isEqualTo(FailureKind.NO_HEADERS);
        assertThat(HttpFailures.forIo(new SocketException("Connection reset"))).isEqualTo(FailureKind.RESET);
        assertThat(HttpFailures.forIo(new IOException(new EOFException()))).isEqualTo(FailureKind.RESET);
        assertThat(HttpFailures.forIo(new IOException("something else"))).isEqualTo(FailureKind.OTHER);
        assertThat(HttpFailures.forIo(new IllegalStateException())).isEqualTo(FailureKind.OTHER);
    }

    @Test
    void shortDetailFindsTheServersOwnMessageInEachShape() {
        assertThat(HttpFailures.shortDetail("{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"x\"}}"))
                .isEqualTo("Incorrect API key provided");
        assertThat(HttpFailures.shortDetail(
                "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}"))
                .isEqualTo("invalid x-api-key");
        assertThat(HttpFailures.shortDetail("{\"error\":{\"code\":400,\"message\":\"API key not valid.\",\"status\":\"INVALID_ARGUMENT\"}}"))
                .isEqualTo("API key not valid.");
        assertThat(HttpFailures.shortDetail("{\"error\":\"model \\\"x\\\" not found\"}")).isEqualTo("model \"x\" not found");
        assertThat(HttpFailures.shortDetail("{\"detail\":\"Not Found\"}")).isEqualTo("Not Found");
        assertThat(HttpFailures.shortDetail("[{\"error\":{\"message\":\"quota\"}}]")).isEqualTo("quota");
        assertThat(HttpFailures.shortDetail("<html><title>502 Bad Gateway</title><body>x</body></html>"))
                .isEqualTo("502 Bad Gateway");
        assertThat(HttpFailures.shortDetail("  plain\n text  ")).isEqualTo("plain text");
        assertThat(HttpFailures.shortDetail("")).isEmpty();
        assertThat(HttpFailures.shortDetail(null)).isEmpty();
    }

    @Test
    void shortDetailIsShortAndHidesKeys() {
        assertThat(HttpFailures.shortDetail("x".repeat(5000))).hasSizeLessThanOrEqualTo(200);
        assertThat(HttpFailures.shortDetail("{\"error\":{\"message\":\"Incorrect API key provided: sk-" + "abcdef123456\"}}"))
                .doesNotContain("sk-" + "abcdef123456").contains(HttpFailures.MASK);
    }

    @Test
    void redactMasksSecretsAndKeyLookingText() {
        String text = "GET https://h/v1/models?key=AIza" + "SECRETVALUE1234567890abc&x=1 "
                + "Authorization: Bearer tok-123 my-own-secret-42 api_key=zzz";
        String redacted = HttpFailures.redact(text, List.of("my-own-secret-42", " "));
        assertThat(redacted).doesNotContain("AIza" + "SECRETVALUE1234567890abc", "tok-123", "my-own-secret-42", "zzz")
                .contains("key=•••", "Bearer •••", "&x=1");
        assertThat(HttpFailures.redact("nothing here, basic information", List.of()))
                .isEqualTo("nothing here, basic information");
        assertThat(HttpFailures.redact("Authorization: Basic dXNlcjpwYXNzd29yZA==", List.of()))
                .doesNotContain("dXNlcjpwYXNzd29yZA==");
        assertThat(HttpFailures.redact(null, null)).isEmpty();
    }
}
