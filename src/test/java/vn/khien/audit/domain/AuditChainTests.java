package vn.khien.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khien.support.Generators.anyTexts;
import static vn.khien.support.Generators.cases;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTests {

    private static final AuditEntry ENTRY = new AuditEntry(
            7,
            Instant.parse("2026-11-25T01:02:03.123456Z"),
            "admin",
            "identity.user.created",
            "user",
            "canbo",
            null,
            "roles=[AGENCY_OFFICER]",
            "127.0.0.1");

    @Test
    void sameContentAndPredecessorGiveTheSameHash() {
        assertThat(AuditChain.hash(AuditChain.GENESIS, ENTRY)).isEqualTo(AuditChain.hash(AuditChain.GENESIS, ENTRY));
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        String original = AuditChain.hash(AuditChain.GENESIS, ENTRY);
        AuditEntry altered = new AuditEntry(
                7,
                ENTRY.occurredAt(),
                "admin",
                "identity.user.created",
                "user",
                "canbo",
                null,
                "roles=[COORDINATOR_ADMIN]",
                "127.0.0.1");
        assertThat(AuditChain.hash(AuditChain.GENESIS, altered)).isNotEqualTo(original);
    }

    @Test
    void aDifferentPredecessorChangesTheHash() {
        assertThat(AuditChain.hash("f".repeat(64), ENTRY)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, ENTRY));
    }

    @Test
    void anEmptyValueIsNotTheSameAsNoValue() {
        AuditEntry empty = new AuditEntry(7, ENTRY.occurredAt(), "a", "b", "c", "d", "", null, null);
        AuditEntry none = new AuditEntry(7, ENTRY.occurredAt(), "a", "b", "c", "d", null, null, null);
        assertThat(AuditChain.canonical(empty)).isNotEqualTo(AuditChain.canonical(none));
    }

    /** Moving text from one field to the next must never give the same canonical form. */
    @Test
    void distinctFieldSplitsNeverCollide() {
        cases(1000).forAll(anyTexts(255), anyTexts(255), anyTexts(255)).checkAssert((a, b, c) -> {
            AuditEntry first = new AuditEntry(1, ENTRY.occurredAt(), a + b, c, "t", "i", null, null, null);
            AuditEntry second = new AuditEntry(1, ENTRY.occurredAt(), a, b + c, "t", "i", null, null, null);
            if (!b.isEmpty()) {
                assertThat(AuditChain.canonical(first)).isNotEqualTo(AuditChain.canonical(second));
            }
        });
    }
}
