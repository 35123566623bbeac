package vn.khien.registers.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.springframework.web.multipart.MultipartFile;
import vn.khien.registers.application.EvidenceUpload;

/**
 * The optional evidence file of a form. No file chosen means no upload; a chosen file, even an empty
 * one, goes to the store, which refuses it with a message. The stream is closed whatever happens.
 */
final class UploadedEvidence {

    private UploadedEvidence() {}

    static <T> T with(MultipartFile file, Function<EvidenceUpload, T> work) {
        if (file == null || (file.isEmpty() && isBlank(file.getOriginalFilename()))) {
            return work.apply(null);
        }
        try (var in = file.getInputStream()) {
            return work.apply(new EvidenceUpload(file.getOriginalFilename(), in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(String name) {
        return name == null || name.isBlank();
    }
}
