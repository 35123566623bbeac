package vn.khien.incidents.application;

import java.time.Instant;
import java.util.UUID;

/** One kept version of an official form, downloadable as DOCX and PDF. */
public record GeneratedForm(
        UUID ref, String form, String period, int version, String generatedBy, Instant generatedAt) {}
