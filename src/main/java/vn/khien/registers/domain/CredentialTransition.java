package vn.khien.registers.domain;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.registers.CredentialStatus;

/** One dated step of a credential's life, with its reason. */
@Table(schema = "registers", name = "credential_transition")
public record CredentialTransition(
        CredentialStatus fromStatus, CredentialStatus toStatus, LocalDate happenedOn, String reason) {}
