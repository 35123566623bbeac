package vn.khien.systems.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** How large one dossier document may be ({@code khien.systems.attachments.max-size}). */
@ConfigurationProperties("khien.systems.attachments")
public record AttachmentSettings(DataSize maxSize) {

    public AttachmentSettings {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
    }
}
