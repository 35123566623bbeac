package vn.khien.shared.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriUtils;
import vn.khien.shared.spreadsheet.PreparedExport;

/**
 * File downloads with the right content type and a Content-Disposition every browser understands
 * (RFC 6266): an ASCII {@code filename} for old clients and {@code filename*} in UTF-8 for the real
 * name. Names are built from Vietnamese titles without accents, e.g.
 * {@code he-thong-thong-tin-2026-11-25.xlsx}.
 */
public final class Downloads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private Downloads() {}

    /** A file name from a title and a date: accents removed, lower case, words joined by hyphens. */
    public static String filename(String title, LocalDate date, String extension) {
        return slug(title) + "-" + date + "." + extension;
    }

    /** A prepared list export, {@code format} {@code xlsx} or {@code csv}, named after its title and day. */
    public static ResponseEntity<StreamingResponseBody> export(
            String title, LocalDate day, String format, PreparedExport export) {
        String name = filename(title, day, format);
        StreamingResponseBody body = export::writeTo;
        return format.equals("csv") ? csv(name, body) : xlsx(name, body);
    }

    public static ResponseEntity<StreamingResponseBody> xlsx(String filename, StreamingResponseBody body) {
        return stream(filename, XLSX, body);
    }

    public static ResponseEntity<StreamingResponseBody> csv(String filename, StreamingResponseBody body) {
        return stream(filename, CSV, body);
    }

    public static ResponseEntity<StreamingResponseBody> stream(
            String filename, MediaType type, StreamingResponseBody body) {
        return ResponseEntity.ok().headers(headers(filename, type)).body(body);
    }

    /** A stored file (evidence, a dossier) whose bytes are opened only when the answer is written. */
    public static ResponseEntity<StreamingResponseBody> stream(
            String filename, String mediaType, java.util.function.Supplier<java.io.InputStream> content) {
        return stream(filename, MediaType.parseMediaType(mediaType), out -> {
            try (var in = content.get()) {
                in.transferTo(out);
            }
        });
    }

    public static ResponseEntity<byte[]> bytes(String filename, MediaType type, byte[] content) {
        return ResponseEntity.ok().headers(headers(filename, type)).body(content);
    }

    static HttpHeaders headers(String filename, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.set(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl("no-store");
        return headers;
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266 §4.3, RFC 8187). */
    static String contentDisposition(String filename) {
        String ascii = asciiFallback(filename);
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + UriUtils.encode(filename, StandardCharsets.UTF_8);
    }

    static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "tep" : slug;
    }

    private static String asciiFallback(String filename) {
        int dot = filename.lastIndexOf('.');
        String base = dot > 0 ? filename.substring(0, dot) : filename;
        String extension = dot > 0 ? filename.substring(dot + 1).replaceAll("[^A-Za-z0-9]", "") : "";
        return slug(base) + (extension.isEmpty() ? "" : "." + extension);
    }
}
