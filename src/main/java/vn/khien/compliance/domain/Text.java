package vn.khien.compliance.domain;

import java.util.Locale;

/** A text a pack gives in Vietnamese and English; Vietnamese is the fallback. */
public record Text(String vi, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : vi;
    }
}
