package vn.khien.scoring.domain;

import java.util.Locale;

/** A text of a criteria set in both languages; Vietnamese is shown unless English is asked for. */
public record LocalizedText(String vi, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : vi;
    }
}
