package vn.khien.monitoring.domain;

/** What a parser made of one input line: an alert, or the reason it could not be read. */
public record ParseOutcome(NormalisedAlert alert, String reason) {

    public static ParseOutcome of(NormalisedAlert alert) {
        return new ParseOutcome(alert, null);
    }

    public static ParseOutcome malformed(String reason) {
        return new ParseOutcome(null, reason);
    }

    public boolean ok() {
        return alert != null;
    }
}
