package vn.khien.support;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as the application counts it: deadlines are calendar days in Vietnam, whatever the zone of
 * the machine running the tests (between 17:00 and 24:00 UTC it is already tomorrow in Vietnam).
 */
public final class Today {

    private Today() {}

    public static LocalDate inVietnam() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
