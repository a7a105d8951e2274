package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Retry-After, backoff, redaction and classification on their own. */
class FailureWordsTest {
    private static final String KEY = "AIza" + "SyA-very-secret-gemini-key-123";
    private final FailureClassifier classifier = new FailureClassifier(
            new ProviderSettings(ProviderKind.GEMINI, "https://generativelanguage.googleapis.com/v1beta", "gemini-x", 0.5),
            Redactor.of(KEY));

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        Instant now = Instant.parse("2026-11-29T03:00:00Z");
        assertThat(ProviderHttpException.parseRetryAfter("7", now)).isEqualTo(Duration.ofSeconds(7));
        assertThat(ProviderHttpException.parseRetryAfter("Sun, 29 Nov 2026 03:00:12 GMT", now)).isEqualTo(Duration.ofSeconds(12));
        assertThat(ProviderHttpException.parseRetryAfter("Sun, 29 Nov 2026 02:59:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(ProviderHttpException.parseRetryAfter("soon", now)).isNull();
        assertThat(ProviderHttpException.parseRetryAfter(null, now)).isNull();
    }

    @Test
    void backoffDoublesUpToTheCapAndHonoursRetryAfterWithinIt() {
        LlmTimeouts t = new LlmTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), 6,
                Duration.ofSeconds(2), Duration.ofSeconds(10));
        assertThat(Backoff.before(2, t, Optional.empty())).isEqualTo(Duration.ofSeconds(2));
        assertThat(Backoff.before(3, t, Optional.empty())).isEqualTo(Duration.ofSeconds(4));
        assertThat(Backoff.before(4, t, Optional.empty())).isEqualTo(Duration.ofSeconds(8));
        assertThat(Backoff.before(5, t, Optional.empty())).isEqualTo(Duration.ofSeconds(10));
        assertThat(Backoff.before(2, t, Optional.of(Duration.ofSeconds(3)))).isEqualTo(Duration.ofSeconds(3));
        assertThat(Backoff.before(2, t, Optional.of(Duration.ofMinutes(5)))).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theRedactorRemovesTheKeyAndAnythingShapedLikeOne() {
        Redactor redactor = Redactor.of(KEY);
        assertThat(redactor.redact("key " + KEY + " refused")).isEqualTo("key ••• refused");
        assertThat(redactor.redact("Authorization: Bearer abcdefghijklmnop")).doesNotContain("abcdefghijklmnop");
        assertThat(redactor.redact("wrong sk-" + "proj-abcdef1234567890")).doesNotContain("abcdef1234567890");
        assertThat(redactor.redact("x".repeat(1000))).hasSizeLessThan(310);
    }

    @Test
    void statusesBecomeKindsWithTheServersOwnShortMessage() {
        assertThat(classifier.fromStatus(401, "{\"error\":{\"message\":\"API key not valid: " + KEY + "\"}}"))
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FailureKind.BAD_KEY);
                    assertThat(f.detail()).isEqualTo("401 API key not valid: •••");
                    assertThat(f.host()).isEqualTo("generativelanguage.googleapis.com");
                });
        assertThat(classifier.fromStatus(403, "").kind()).isEqualTo(FailureKind.FORBIDDEN);
        assertThat(classifier.fromStatus(404, "").kind()).isEqualTo(FailureKind.UNKNOWN_MODEL);
        assertThat(classifier.fromStatus(400, "{\"error\":\"model 'x' not found\"}").kind()).isEqualTo(FailureKind.UNKNOWN_MODEL);
        assertThat(classifier.fromStatus(422, "nope").kind()).isEqualTo(FailureKind.BAD_REQUEST);
        assertThat(classifier.fromStatus(429, "").kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(classifier.fromStatus(502, "<html>bad gateway</html>").kind()).isEqualTo(FailureKind.SERVER_ERROR);
    }

    @Test
    void networkFailuresBecomeKinds() {
        assertThat(classifier.classify(new RuntimeException(new UnknownHostException("x"))).kind()).isEqualTo(FailureKind.DNS);
        assertThat(classifier.classify(new ConnectException("Connection refused")).kind()).isEqualTo(FailureKind.REFUSED);
        assertThat(classifier.classify(new HttpConnectTimeoutException("HTTP connect timed out")).kind())
                .isEqualTo(FailureKind.UNREACHABLE);
        assertThat(classifier.classify(new ConnectException("Network is unreachable")).kind()).isEqualTo(FailureKind.UNREACHABLE);
        assertThat(classifier.classify(new dev.langchain4j.exception.TimeoutException("headers")).kind())
                .isEqualTo(FailureKind.NO_HEADERS);
        assertThat(classifier.classify(new IOException("Connection reset")).kind()).isEqualTo(FailureKind.RESET);
    }

    @Test
    void anErrorEventInTheStreamIsReadByItsType() {
        assertThat(classifier.classify(new RuntimeException(
                "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}")))
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FailureKind.SERVER_ERROR);
                    assertThat(f.detail()).isEqualTo("Overloaded");
                });
        assertThat(classifier.classify(new RuntimeException(
                "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow\"}}")).kind())
                .isEqualTo(FailureKind.RATE_LIMITED);
    }
}
