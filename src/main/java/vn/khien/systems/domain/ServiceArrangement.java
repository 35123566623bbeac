package vn.khien.systems.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.systems.ServiceKind;

/** Who provides a security service to the system and for how long; no provider means in-house. */
@Table(schema = "systems", name = "service_arrangement")
public record ServiceArrangement(
        UUID ref,
        ServiceKind service,
        String providerCode,
        @Column("valid_from") LocalDate from,
        @Column("valid_to") LocalDate to) {}
