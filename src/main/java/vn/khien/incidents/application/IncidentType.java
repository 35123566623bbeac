package vn.khien.incidents.application;

import java.util.Locale;

/** An entry of the incident taxonomy (table {@code incidents.incident_type}). */
public record IncidentType(String code, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
