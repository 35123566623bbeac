package vn.khien.registers.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** A training course a person attended; hours count towards the yearly target. */
@Table(schema = "registers", name = "training")
public record Training(String course, String provider, BigDecimal hours, LocalDate attendedOn) {}
