package vn.khien.systems.facts;

import static vn.khien.shared.facts.SqlType.BOOLEAN;
import static vn.khien.shared.facts.SqlType.DATE;
import static vn.khien.shared.facts.SqlType.INTEGER;
import static vn.khien.shared.facts.SqlType.SMALLINT;
import static vn.khien.shared.facts.SqlType.VARCHAR;

import java.util.List;
import vn.khien.shared.facts.FactColumn;
import vn.khien.shared.facts.FactView;
import vn.khien.systems.DossierStatus;
import vn.khien.systems.ProductOrigin;
import vn.khien.systems.ServiceKind;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemType;

/** The views the systems module publishes; levels are numbers 1 to 5. */
public final class SystemFacts {

    /** Every information system with its owner, level and connection to the national monitoring centre. */
    public static final FactView SYSTEM = FactView.of(
            "systems.published_system",
            FactColumn.of("code", VARCHAR),
            FactColumn.of("name", VARCHAR),
            FactColumn.of("owner_code", VARCHAR),
            FactColumn.of("operator_code", VARCHAR),
            FactColumn.of("type", VARCHAR, SystemType.class),
            FactColumn.of("e_government", BOOLEAN),
            FactColumn.of("approved_level", SMALLINT),
            FactColumn.of("level_approved_on", DATE),
            FactColumn.of("status", VARCHAR, SystemStatus.class),
            FactColumn.of("monitoring_connected", BOOLEAN),
            FactColumn.of("monitoring_since", DATE),
            FactColumn.of("registered_on", DATE));

    /** Who provides a service to a system, and when; no provider means the owner does it in-house. */
    public static final FactView ARRANGEMENT = FactView.of(
            "systems.published_arrangement",
            FactColumn.of("system_code", VARCHAR),
            FactColumn.of("owner_code", VARCHAR),
            FactColumn.of("service", VARCHAR, ServiceKind.class),
            FactColumn.of("provider_code", VARCHAR),
            FactColumn.of("valid_from", DATE),
            FactColumn.of("valid_to", DATE));

    /** The security products a system uses, with their origin and the justification of a foreign one. */
    public static final FactView PRODUCT = FactView.of(
            "systems.published_product",
            FactColumn.of("system_code", VARCHAR),
            FactColumn.of("owner_code", VARCHAR),
            FactColumn.of("product", VARCHAR),
            FactColumn.of("vendor", VARCHAR),
            FactColumn.of("category", VARCHAR),
            FactColumn.of("origin", VARCHAR, ProductOrigin.class),
            FactColumn.of("justification", VARCHAR));

    /** Level dossiers, from draft to decision. */
    public static final FactView DOSSIER = FactView.of(
            "systems.published_dossier",
            FactColumn.of("system_code", VARCHAR),
            FactColumn.of("number", INTEGER),
            FactColumn.of("proposed_level", SMALLINT),
            FactColumn.of("status", VARCHAR, DossierStatus.class),
            FactColumn.of("decision_date", DATE),
            FactColumn.of("opened_on", DATE));

    public static final List<FactView> ALL = List.of(SYSTEM, ARRANGEMENT, PRODUCT, DOSSIER);

    private SystemFacts() {}
}
