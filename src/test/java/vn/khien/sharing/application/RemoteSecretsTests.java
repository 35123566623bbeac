package vn.khien.sharing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteSecretsTests {

    @TempDir
    Path data;

    @Test
    void aSealedPasswordOpensOnlyForItsOwnRowAndNeverShowsInTheStoredText() {
        RemoteSecrets secrets = new RemoteSecrets("", data);
        String sealed = secrets.seal("Mat-Khau-Trung-Tam", "row-1");
        assertThat(sealed).startsWith(RemoteSecrets.PREFIX).doesNotContain("Mat-Khau");
        assertThat(secrets.seal("Mat-Khau-Trung-Tam", "row-1"))
                .as("a fresh IV each time")
                .isNotEqualTo(sealed);
        assertThat(secrets.open(sealed, "row-1")).isEqualTo("Mat-Khau-Trung-Tam");
        assertThatThrownBy(() -> secrets.open(sealed, "row-2")).isInstanceOf(IllegalStateException.class);
        String tampered = sealed.substring(0, sealed.length() - 3) + (sealed.endsWith("AAA") ? "BBB" : "AAA");
        assertThatThrownBy(() -> secrets.open(tampered, "row-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theKeyFileIsMadeOnceReadableByTheOwnerOnlyAndOpensWhatAnEarlierStartSealed() throws Exception {
        String sealed = new RemoteSecrets("", data).seal("p", "row");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("secrets.key"))))
                .isEqualTo("rw-------");
        assertThat(new RemoteSecrets("", data).open(sealed, "row")).isEqualTo("p");
        assertThatThrownBy(() -> new RemoteSecrets("", data.resolve("other")).open(sealed, "row"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConfiguredKeyIsUsedAndOneOfTheWrongLengthIsRefused() {
        String key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="; // 32 bytes
        String sealed = new RemoteSecrets(key, data).seal("p", "row");
        assertThat(new RemoteSecrets(key, data.resolve("elsewhere")).open(sealed, "row"))
                .isEqualTo("p");
        assertThat(data.resolve("secrets.key")).doesNotExist();
        assertThatThrownBy(() -> new RemoteSecrets("c2hvcnQ=", data)).hasMessageContaining("32 bytes");
    }

    @Test
    void aPasswordStoredBeforeEncryptionIsReadAsItIs() {
        assertThat(new RemoteSecrets("", data).open("plain-old", "row")).isEqualTo("plain-old");
        assertThat(new RemoteSecrets("", data).open(null, "row")).isNull();
    }
}
