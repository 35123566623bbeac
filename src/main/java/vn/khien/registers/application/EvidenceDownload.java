package vn.khien.registers.application;

import java.io.InputStream;
import java.util.function.Supplier;

/** An evidence file the user may download now: its name, type and bytes (opened when sent). */
public record EvidenceDownload(String fileName, String mediaType, long sizeBytes, Supplier<InputStream> content) {}
