package vn.khien.registers.domain;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** A security qualification or certificate a person holds, possibly with an expiry. */
@Table(schema = "registers", name = "qualification")
public record Qualification(String name, String issuer, LocalDate obtainedOn, LocalDate expiresOn) {}
