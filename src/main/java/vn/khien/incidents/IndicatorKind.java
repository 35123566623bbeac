package vn.khien.incidents;

/** What an indicator on an incident is; incidents sharing one are shown as similar. */
public enum IndicatorKind {
    IP,
    DOMAIN,
    FILE_HASH
}
