package vn.khien.shared.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of file Khiên accepts, each recognised by its content (magic bytes, or the part an Office
 * package must contain) rather than by the name or the browser's Content-Type, both of which the
 * uploader controls.
 */
public enum AllowedType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String mediaType;
    private final List<String> extensions;

    AllowedType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Whether a file name's extension is one of this type's; a name without extension never is. */
    boolean matchesName(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        return dot >= 0 && extensions.contains(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static String describe(java.util.Collection<AllowedType> types) {
        return String.join(
                ", ",
                types.stream()
                        .flatMap(t -> t.extensions.stream().limit(1))
                        .map(e -> "." + e)
                        .toList());
    }

    static List<AllowedType> all() {
        return Arrays.asList(values());
    }
}
