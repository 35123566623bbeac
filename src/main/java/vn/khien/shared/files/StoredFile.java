package vn.khien.shared.files;

/**
 * A file kept by the {@link FileStore}: modules store this record (or just the hash) with their own
 * data (an assessment's evidence, a system's dossier) and open the bytes again by hash.
 *
 * @param sha256 lower-case hex SHA-256 of the content: its address in the store
 * @param filename the uploader's file name, for display and downloads only (never a path)
 */
public record StoredFile(String sha256, long sizeBytes, String mediaType, String filename) {}
