package vn.khien.shared;

/**
 * The years a filter may ask for. Lists filter by year with PostgreSQL's {@code make_date}, which fails
 * (a 500) on year 0 and below; no record of the programme lies outside these years.
 */
public final class Years {

    public static final int FIRST = 1900;

    public static final int LAST = 2100;

    private Years() {}

    /** @throws InvalidInputException on the field when the year is given and outside {@link #FIRST}–{@link #LAST} */
    public static void requireInRange(String field, Integer year) {
        if (year != null && (year < FIRST || year > LAST)) {
            throw new InvalidInputException(field, "shared.error.year-range", FIRST, LAST);
        }
    }
}
