package vn.khien.incidents.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code khien.incidents.*}: the size limit of an incident attachment (never above the file store's
 * own limit) and the place written on the official forms.
 */
@ConfigurationProperties("khien.incidents")
public record IncidentSettings(DataSize maxFile, String place) {

    public IncidentSettings {
        maxFile = maxFile == null ? DataSize.ofMegabytes(10) : maxFile;
        place = place == null || place.isBlank() ? "Huế" : place;
    }

    long maxFileBytes() {
        return maxFile.toBytes();
    }
}
