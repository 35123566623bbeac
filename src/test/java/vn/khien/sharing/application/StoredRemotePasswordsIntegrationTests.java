package vn.khien.sharing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.khien.support.KhienIntegrationTest;

/** A remote password stored in plain text by an earlier version is sealed at the next start. */
@KhienIntegrationTest
class StoredRemotePasswordsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RemoteCollections remotes;

    @Autowired
    RemoteSecrets secrets;

    @Test
    void aPlainPasswordFromAnEarlierVersionIsSealedAndStillOpens() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO sharing.remote_source (id, collection_url, username, password, into_collection, created_at)
                        SELECT :id, 'https://taxii.example.vn/api/collections/cu/', 'hue', 'Mat-Khau-Cu', c.id, now()
                          FROM sharing.collection c ORDER BY c.id LIMIT 1""").param("id", id).update();
        try {
            remotes.sealStoredPasswords();
            String stored = jdbc.sql("SELECT password FROM sharing.remote_source WHERE id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
            assertThat(stored).startsWith(RemoteSecrets.PREFIX).doesNotContain("Mat-Khau-Cu");
            assertThat(secrets.open(stored, id.toString())).isEqualTo("Mat-Khau-Cu");
        } finally {
            jdbc.sql("DELETE FROM sharing.remote_source WHERE id = :id")
                    .param("id", id)
                    .update();
        }
    }
}
