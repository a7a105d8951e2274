package org.offpiste.teamboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.offpiste.llm.KeyringBackend;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TlsMode;
import org.offpiste.testing.MemoryKeyring;

class TeamPasswordsTest {
    private static final TeamBoardAddress BOARD = new TeamBoardAddress("db.example", 5432, "workshop", "ana",
            TlsMode.REQUIRE);

    @Test
    void theKeyringKeepsOnePasswordPerBoardAddress() {
        MemoryKeyring keyring = new MemoryKeyring();
        TeamPasswords passwords = new TeamPasswords(Map.of(), () -> keyring);

        assertThat(passwords.remember(BOARD, "pw-1".toCharArray())).isTrue();

        assertThat(keyring.entries()).containsOnlyKeys("team-board:ana@db.example:5432/workshop");
        assertThat(passwords.fromKeyring(BOARD)).map(String::new).contains("pw-1");
        TeamBoardAddress other = new TeamBoardAddress("db.example", 5432, "other", "ana", TlsMode.REQUIRE);
        assertThat(passwords.fromKeyring(other)).isEmpty();
    }

    @Test
    void theEnvironmentVariableGivesThePassword() {
        TeamPasswords passwords = new TeamPasswords(Map.of(TeamPasswords.VARIABLE, "from-env"), MemoryKeyring::new);

        assertThat(passwords.fromEnvironment()).map(String::new).contains("from-env");
    }

    @Test
    void aMachineWithoutKeyringIsNoFailure() {
        TeamPasswords broken = new TeamPasswords(Map.of(), () -> {
            throw new IllegalStateException("no D-Bus session");
        });
        TeamPasswords unavailable = new TeamPasswords(Map.of(), () -> new MemoryKeyring(false));

        for (TeamPasswords p : new TeamPasswords[] {broken, unavailable}) {
            assertThat(p.canRemember()).isFalse();
            assertThat(p.remember(BOARD, "pw".toCharArray())).isFalse();
            assertThat(p.fromKeyring(BOARD)).isEmpty();
            assertThat(p.fromEnvironment()).isEmpty();
        }
    }

    @Test
    void aKeyringThatThrowsWhileReadingOrWritingIsNoFailure() {
        KeyringBackend failing = new MemoryKeyring() {
            @Override
            public Optional<String> read(String account) {
                throw new IllegalStateException("locked");
            }

            @Override
            public void write(String account, String secret) {
                throw new IllegalStateException("locked");
            }
        };
        TeamPasswords passwords = new TeamPasswords(Map.of(), () -> failing);

        assertThat(passwords.remember(BOARD, "pw".toCharArray())).isFalse();
        assertThat(passwords.fromKeyring(BOARD)).isEmpty();
    }
}
