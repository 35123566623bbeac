package vn.khien.monitoring.web;

import java.time.ZoneId;

/** The console shows days as the province counts them. */
final class AlertQueriesZone {

    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private AlertQueriesZone() {}
}
