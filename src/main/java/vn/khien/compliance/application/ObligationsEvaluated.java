package vn.khien.compliance.application;

import java.time.LocalDate;

/** A full evaluation has replaced the obligation table for a day (within its transaction). */
record ObligationsEvaluated(LocalDate day, int obligations) {}
