package vn.khien.shared;

import java.time.ZoneId;

/**
 * The province's time zone ({@code khien.province.zone}, default {@code Asia/Ho_Chi_Minh}): deadlines
 * are calendar days there, whatever the server's own zone. Code with a bean at hand takes it from the
 * injected {@link java.time.Clock} ({@code clock.getZone()}); this accessor is for static helpers
 * (formats, spreadsheet cells, parsers) that cannot get one. Set once when the clock is created.
 */
public final class ProvinceZone {

    /** The zone when nothing is configured. */
    public static final String DEFAULT = "Asia/Ho_Chi_Minh";

    private static volatile ZoneId zone = ZoneId.of(DEFAULT);

    private ProvinceZone() {}

    public static ZoneId get() {
        return zone;
    }

    static void configure(ZoneId configured) {
        zone = configured;
    }
}
