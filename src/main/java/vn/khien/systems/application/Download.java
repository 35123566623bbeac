package vn.khien.systems.application;

import java.nio.file.Path;

/** A stored document ready to be sent: its bytes on disk and how to name it. */
public record Download(String fileName, String contentType, long sizeBytes, Path path) {}
