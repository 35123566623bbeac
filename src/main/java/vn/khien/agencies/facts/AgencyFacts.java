package vn.khien.agencies.facts;

import static vn.khien.shared.facts.SqlType.DATE;
import static vn.khien.shared.facts.SqlType.VARCHAR;

import java.util.List;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.FocalPointRole;
import vn.khien.shared.facts.FactColumn;
import vn.khien.shared.facts.FactView;

/** The views the agencies module publishes. */
public final class AgencyFacts {

    /** Every agency and organisation of the registry, merged ones included. */
    public static final FactView AGENCY = FactView.of(
            "agencies.published_agency",
            FactColumn.of("code", VARCHAR),
            FactColumn.of("name", VARCHAR),
            FactColumn.of("kind", VARCHAR, AgencyKind.class),
            FactColumn.of("status", VARCHAR, AgencyStatus.class),
            FactColumn.of("parent_code", VARCHAR),
            FactColumn.of("registered_on", DATE),
            FactColumn.of("status_changed_on", DATE));

    /**
     * The dated terms of agencies' focal points (security unit, incident contact), all of them, past ones
     * included; heads are not focal points and are left out.
     */
    public static final FactView FOCAL_POINT = FactView.of(
            "agencies.published_focal_point",
            FactColumn.of("agency_code", VARCHAR),
            FactColumn.of("role", VARCHAR, FocalPointRole.class),
            FactColumn.of("unit_name", VARCHAR),
            FactColumn.of("person_name", VARCHAR),
            FactColumn.of("email", VARCHAR),
            FactColumn.of("valid_from", DATE),
            FactColumn.of("valid_to", DATE),
            FactColumn.of("confirmed_on", DATE));

    public static final List<FactView> ALL = List.of(AGENCY, FOCAL_POINT);

    private AgencyFacts() {}
}
