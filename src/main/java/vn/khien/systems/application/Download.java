package vn.khien.systems.application;

import java.io.InputStream;
import java.util.function.Supplier;

/** A stored document the user may download: how to name it, and its bytes (opened when sent). */
public record Download(String fileName, String contentType, long sizeBytes, Supplier<InputStream> content) {}
