package vn.khien.reports.domain;

import java.util.Locale;
import java.util.Optional;

/** The files a report is given as: PDF to send, DOCX to edit and sign, XLSX of the appendices. */
public enum DocumentFormat {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DocumentFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DocumentFormat format : values()) {
            if (format.extension().equalsIgnoreCase(text.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
