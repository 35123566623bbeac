package vn.khien.agencies;

/** The kinds of agency and organisation of the programme (DESIGN.md §8). */
public enum AgencyKind {
    PROVINCIAL_COMMITTEE,
    PROVINCIAL_DEPARTMENT,
    DISTRICT_COMMITTEE,
    COMMUNE_COMMITTEE,
    PUBLIC_SERVICE_UNIT,
    PROVINCIAL_POLICE,
    MILITARY_COMMAND,
    TELECOM_OPERATOR,
    SERVICE_PROVIDER,
    ASSESSMENT_ORGANISATION,
    NATIONAL_BODY,
    COORDINATOR
}
