package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.offpiste.testing.MemoryKeyring;

class SecretsTest {

    /** A keyring that claims to answer, then throws at every use. */
    static final class FailingKeyring implements KeyringBackend {
        private final boolean claimsAvailable;

        FailingKeyring(boolean claimsAvailable) {
            this.claimsAvailable = claimsAvailable;
        }

        @Override
        public boolean available() {
            if (!claimsAvailable) {
                throw new IllegalStateException("no dbus");
            }
            return true;
        }

        @Override
        public Optional<String> read(String account) {
            throw new UnsatisfiedLinkError("no native library");
        }

        @Override
        public void write(String account, String secret) throws Exception {
            throw new Exception("refused");
        }

        @Override
        public void delete(String account) {
            throw new IllegalStateException("refused");
        }
    }

    @Test
    void theEnvironmentWinsOverTheKeyring() {
        MemoryKeyring keyring = new MemoryKeyring();
        keyring.entries().put("openai", "sk-" + "from-keyring");
        Secrets secrets = new Secrets(Map.of("OPENAI_API_KEY", " sk-" + "from-env "), keyring);

        assertThat(secrets.key(ProviderKind.OPENAI)).contains("sk-" + "from-env");
        assertThat(secrets.source(ProviderKind.OPENAI)).isEqualTo(SecretStore.Source.ENVIRONMENT);
    }

    @Test
    void theKeyringIsUsedWhenTheEnvironmentHasNoKey() {
        MemoryKeyring keyring = new MemoryKeyring();
        keyring.entries().put("anthropic", "sk-" + "ant-keyring");
        Secrets secrets = new Secrets(Map.of("ANTHROPIC_API_KEY", "  "), keyring);

        assertThat(secrets.key(ProviderKind.ANTHROPIC)).contains("sk-" + "ant-keyring");
        assertThat(secrets.source(ProviderKind.ANTHROPIC)).isEqualTo(SecretStore.Source.KEYRING);
        assertThat(secrets.key(ProviderKind.GEMINI)).isEmpty();
        assertThat(secrets.source(ProviderKind.GEMINI)).isEqualTo(SecretStore.Source.NONE);
        assertThat(secrets.source(ProviderKind.OLLAMA)).isEqualTo(SecretStore.Source.NONE);
    }

    @Test
    void storedKeysAreReadBackAndForgotten() {
        MemoryKeyring keyring = new MemoryKeyring();
        Secrets secrets = new Secrets(Map.of(), keyring);
        assertThat(secrets.canStore()).isTrue();

        secrets.store(ProviderKind.GEMINI, "AIza" + "-stored");
        assertThat(keyring.entries()).containsEntry("gemini", "AIza" + "-stored");
        assertThat(secrets.key(ProviderKind.GEMINI)).contains("AIza" + "-stored");

        secrets.forget(ProviderKind.GEMINI);
        assertThat(keyring.entries()).doesNotContainKey("gemini");
        assertThat(secrets.key(ProviderKind.GEMINI)).isEmpty();
    }

    @Test
    void aFailingKeyringMeansNoStoringAndNoKeyButNoException() {
        for (KeyringBackend failing : new KeyringBackend[] {new FailingKeyring(false), new FailingKeyring(true)}) {
            Secrets secrets = new Secrets(Map.of(), failing);
            assertThatCode(() -> {
                secrets.key(ProviderKind.OPENAI);
                secrets.source(ProviderKind.OPENAI);
                secrets.forget(ProviderKind.OPENAI);
            }).doesNotThrowAnyException();
            assertThat(secrets.key(ProviderKind.OPENAI)).isEmpty();
            assertThat(secrets.source(ProviderKind.OPENAI)).isEqualTo(SecretStore.Source.NONE);
        }
        assertThat(new Secrets(Map.of(), new FailingKeyring(false)).canStore()).isFalse();
    }

    @Test
    void storingWithoutAKeyringSaysWhyAndNeverShowsTheKey() {
        Secrets noKeyring = new Secrets(Map.of(), new FailingKeyring(false));
        assertThatThrownBy(() -> noKeyring.store(ProviderKind.OPENAI, "sk-" + "secret-value"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OPENAI_API_KEY")
                .hasMessageNotContaining("sk-" + "secret-value");

        Secrets refusing = new Secrets(Map.of(), new FailingKeyring(true));
        assertThatThrownBy(() -> refusing.store(ProviderKind.OPENAI, "sk-" + "secret-value"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("sk-" + "secret-value");
    }

    @Test
    void theRealKeyringOnThisMachineDegradesWithoutThrowing() {
        assertThatCode(() -> {
            JavaKeyring real = new JavaKeyring();
            Secrets secrets = new Secrets(Map.of(), real);
            secrets.canStore();
            secrets.source(ProviderKind.OPENAI_COMPATIBLE);
            secrets.key(ProviderKind.OPENAI_COMPATIBLE);
        }).doesNotThrowAnyException();
        Secrets secrets = new Secrets(Map.of(), new JavaKeyring());
        if (!secrets.canStore()) {
            assertThatThrownBy(() -> secrets.store(ProviderKind.OPENAI, "sk-x"))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
