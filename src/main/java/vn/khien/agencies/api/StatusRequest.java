package vn.khien.agencies.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.khien.agencies.AgencyStatus;

/** {@code POST /api/v1/agencies/{code}/status}: a merger names its successor. */
record StatusRequest(@NotNull AgencyStatus status, String successorCode, LocalDate on) {}
