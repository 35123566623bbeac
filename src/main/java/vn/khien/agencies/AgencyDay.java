package vn.khien.agencies;

import java.time.LocalDate;

/** An agency on a calendar day (Vietnam): the question "who was its head then?". */
public record AgencyDay(String agencyCode, LocalDate day) {}
