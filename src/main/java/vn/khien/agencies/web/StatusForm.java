package vn.khien.agencies.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.khien.agencies.AgencyStatus;

/** Merging, dissolving or reactivating an agency. */
record StatusForm(
        @NotNull AgencyStatus status,
        String successorCode,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {}
