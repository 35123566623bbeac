package vn.khien.incidents.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.incidents.PartyKind;
import vn.khien.incidents.Tlp;

/**
 * An organisation taking part (police, military command, telecom operator, national coordinator,
 * provider): what was asked of it and when it answered. Its users see the incident, the fields marked
 * above {@code clearedTlp} hidden.
 */
@Table(schema = "incidents", name = "incident_party")
public record Party(
        UUID ref,
        PartyKind kind,
        String organisationCode,
        String name,
        Tlp clearedTlp,
        String asked,
        Instant askedAt,
        String answer,
        Instant answeredAt) {

    Party answered(String text, Instant at) {
        return new Party(ref, kind, organisationCode, name, clearedTlp, asked, askedAt, text, at);
    }
}
