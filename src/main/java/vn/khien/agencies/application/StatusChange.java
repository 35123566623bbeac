package vn.khien.agencies.application;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.khien.agencies.AgencyStatus;

/**
 * Merging, dissolving or reactivating an agency, as the agency page's form or {@code POST
 * /api/v1/agencies/{code}/status} sends it: a merger names its successor.
 */
public record StatusChange(@NotNull AgencyStatus status, String successorCode, LocalDate on) {}
