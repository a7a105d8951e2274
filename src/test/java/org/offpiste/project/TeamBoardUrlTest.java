package org.offpiste.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TeamBoardUrlTest {
    @Test
    void aUrlNamesTheServerDatabaseUserAndEncryption() {
        TeamBoardAddress a = TeamBoardUrl.parse("postgresql://ana@db.example:6543/workshop?sslmode=verify-full");

        assertThat(a).isEqualTo(new TeamBoardAddress("db.example", 6543, "workshop", "ana", TlsMode.VERIFY_FULL));
    }

    @Test
    void withoutPortOrModeThePostgresDefaultsApply() {
        assertThat(TeamBoardUrl.parse("postgres://ana@db.example/workshop"))
                .isEqualTo(new TeamBoardAddress("db.example", 5432, "workshop", "ana", TlsMode.PREFER));
    }

    @Test
    void aUrlThatWentThroughAFilePathStillReads() {
        Path asPath = Path.of("postgresql://ana@localhost:5432/workshop?sslmode=require");

        assertThat(TeamBoardUrl.looksLikeOne(asPath.toString())).isTrue();
        assertThat(TeamBoardUrl.parse(asPath.toString()))
                .isEqualTo(new TeamBoardAddress("localhost", 5432, "workshop", "ana", TlsMode.REQUIRE));
    }

    @Test
    void formatAndParseAreInverse() {
        TeamBoardAddress a = new TeamBoardAddress("10.0.0.5", 5433, "été 2026", "anne-marie", TlsMode.DISABLE);

        String url = TeamBoardUrl.format(a);

        assertThat(url).startsWith("postgresql://anne-marie@10.0.0.5:5433/").endsWith("?sslmode=disable");
        assertThat(TeamBoardUrl.parse(url)).isEqualTo(a);
    }

    @Test
    void aPasswordInTheUrlIsRefused() {
        assertThatThrownBy(() -> TeamBoardUrl.parse("postgresql://ana:" + "s3cret@db.example/workshop"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never holds a password")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aUrlWithoutUserOrDatabaseSaysWhatItNeeds() {
        assertThatThrownBy(() -> TeamBoardUrl.parse("postgresql://db.example/workshop"))
                .hasMessageContaining("user, a host and a database");
        assertThatThrownBy(() -> TeamBoardUrl.parse("postgresql://ana@db.example"))
                .hasMessageContaining("user, a host and a database");
        assertThat(TeamBoardUrl.looksLikeOne("notes/board.offpiste")).isFalse();
    }

    @Test
    void modesAreReadByEitherName() {
        assertThat(TeamBoardUrl.mode("verify_full")).isEqualTo(TlsMode.VERIFY_FULL);
        assertThat(TeamBoardUrl.mode("Require")).isEqualTo(TlsMode.REQUIRE);
        assertThatThrownBy(() -> TeamBoardUrl.mode("strict")).hasMessageContaining("verify-full");
    }
}
