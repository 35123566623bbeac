package vn.khien.systems.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencySummary;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.systems.AssetKind;
import vn.khien.systems.ProductOrigin;
import vn.khien.systems.ServiceKind;
import vn.khien.systems.SystemDetails;
import vn.khien.systems.domain.Component;
import vn.khien.systems.domain.InformationSystem;
import vn.khien.systems.domain.InformationSystemRepository;
import vn.khien.systems.domain.LevelDecision;
import vn.khien.systems.domain.NetworkAddresses;
import vn.khien.systems.domain.SystemFacts;

/** Changes to the inventory: check access, load, change, save (events go out), return a small answer. */
@Service
public class SystemManagement {

    /** Only organisations that provide security services may be named as a provider. */
    private static final Set<AgencyKind> PROVIDER_KINDS =
            Set.of(AgencyKind.SERVICE_PROVIDER, AgencyKind.TELECOM_OPERATOR, AgencyKind.ASSESSMENT_ORGANISATION);

    private final InformationSystemRepository systems;
    private final AgencyDirectory agencies;
    private final AccessPolicy access;
    private final AssetOverlaps overlaps;
    private final Clock clock;

    SystemManagement(
            InformationSystemRepository systems,
            AgencyDirectory agencies,
            AccessPolicy access,
            AssetOverlaps overlaps,
            Clock clock) {
        this.systems = systems;
        this.agencies = agencies;
        this.access = access;
        this.overlaps = overlaps;
        this.clock = clock;
    }

    /** Spreadsheet import is the coordinator's (SystemImport enforces it; pages only offer it). */
    public boolean mayImport() {
        return access.currentViewer().coordinator();
    }

    @Transactional
    public String register(SystemDetails details) {
        var viewer = access.currentViewer();
        if (!viewer.holds(Role.COORDINATOR_ADMIN, Role.AGENCY_OFFICER)) {
            throw new AccessDeniedException("registering systems");
        }
        validate(details, true);
        if (!viewer.coordinatorOr(details.ownerCode(), Role.AGENCY_OFFICER)) {
            throw new InvalidInputException("ownerCode", "systems.system.error.owner-outside-scope");
        }
        checkOperator(viewer, details.operatorCode(), null);
        if (systems.existsByCode(details.code())) {
            throw new ConflictException("code", "systems.system.error.code-taken");
        }
        var system = InformationSystem.register(details.code(), facts(details), components(details), clock.instant());
        if (details.approvedLevel() != null) {
            var d = details.decision();
            system.approveLevel(details.approvedLevel(), new LevelDecision(d.number(), d.date(), d.approverCode()));
        }
        try {
            return systems.save(system).code();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("code", "systems.system.error.code-taken"); // registered meanwhile
        }
    }

    @Transactional
    public void update(String code, SystemDetails details) {
        var viewer = access.currentViewer();
        var system = editable(viewer, code);
        validate(details, false);
        String owner = system.facts().ownerCode();
        // an operating unit may edit the system but not take it over: a new owner must be within the
        // editor's scope together with the current one (the coordinator may move any system)
        if (!details.ownerCode().equals(owner)
                && !(viewer.coordinatorOr(details.ownerCode(), Role.AGENCY_OFFICER)
                        && viewer.coordinatorOr(owner, Role.AGENCY_OFFICER))) {
            throw new InvalidInputException("ownerCode", "systems.system.error.owner-outside-scope");
        }
        checkOperator(viewer, details.operatorCode(), system.facts().operatorCode());
        system.update(facts(details), components(details));
        systems.save(system);
    }

    /**
     * Adds a network asset. One that overlaps an asset of another agency's system is refused (409
     * naming that system) unless the coordinator confirms it as shared ({@code confirmOverlap}).
     */
    @Transactional
    public SystemView.AssetRow addAsset(String code, AssetKind kind, String value, boolean confirmOverlap) {
        if (kind == null) {
            throw new InvalidInputException("kind", "systems.asset.error.kind-required");
        }
        var viewer = access.currentViewer();
        var system = editable(viewer, code);
        String normalised = NetworkAddresses.normalise(kind, value);
        boolean shared = overlaps.decide(viewer, system.facts().ownerCode(), kind, normalised, confirmOverlap);
        var asset = system.addAsset(kind, normalised, shared);
        systems.save(system);
        return new SystemView.AssetRow(asset.ref(), asset.kind(), asset.value(), asset.shared());
    }

    /** The coordinator confirms a stored asset as shared with another agency's system; others: 403. */
    @Transactional
    public SystemView.AssetRow confirmAssetShared(String code, UUID id) {
        var viewer = access.currentViewer();
        var system = editable(viewer, code);
        if (!viewer.coordinator()) {
            throw new AccessDeniedException("only the coordinator records a shared asset");
        }
        var asset = system.confirmAssetShared(id);
        systems.save(system);
        return new SystemView.AssetRow(asset.ref(), asset.kind(), asset.value(), asset.shared());
    }

    @Transactional
    public void removeAsset(String code, UUID id) {
        var system = editable(access.currentViewer(), code);
        system.removeAsset(id);
        systems.save(system);
    }

    @Transactional
    public SystemView.ProductRow addProduct(
            String code, String product, String vendor, String category, ProductOrigin origin, String justification) {
        require("product", product);
        require("vendor", vendor);
        require("category", category);
        if (origin == null) {
            throw new InvalidInputException("origin", "systems.product.error.origin-required");
        }
        var system = editable(access.currentViewer(), code);
        var p = system.addProduct(product.strip(), vendor.strip(), category.strip(), origin, justification);
        systems.save(system);
        return new SystemView.ProductRow(p.ref(), p.product(), p.vendor(), p.category(), p.origin(), p.justification());
    }

    @Transactional
    public void removeProduct(String code, UUID id) {
        var system = editable(access.currentViewer(), code);
        system.removeProduct(id);
        systems.save(system);
    }

    @Transactional
    public SystemView.ArrangementRow arrange(
            String code, ServiceKind service, String providerCode, LocalDate from, LocalDate to) {
        if (service == null) {
            throw new InvalidInputException("service", "systems.arrangement.error.service-required");
        }
        if (from == null) {
            throw new InvalidInputException("from", "systems.arrangement.error.from-required");
        }
        var system = editable(access.currentViewer(), code);
        String provider = providerCode == null || providerCode.isBlank() ? null : providerCode.strip();
        String providerName = null;
        if (provider != null) {
            AgencySummary agency = agencies.find(provider)
                    .filter(a -> PROVIDER_KINDS.contains(a.kind()))
                    .orElseThrow(() -> new InvalidInputException("providerCode", "systems.arrangement.error.provider"));
            providerName = agency.name();
        }
        var a = system.arrange(service, provider, from, to);
        systems.save(system);
        return new SystemView.ArrangementRow(
                a.ref(), code, system.facts().name(), a.service(), provider, providerName, a.from(), a.to());
    }

    @Transactional
    public void removeArrangement(String code, UUID id) {
        var system = editable(access.currentViewer(), code);
        system.removeArrangement(id);
        systems.save(system);
    }

    private static void require(String field, String value) {
        if (SystemValidation.blank(value) || value.length() > 200) {
            throw new InvalidInputException(field, "systems.product.error.text", 200);
        }
    }

    /**
     * Issue 15: naming an agency as operator lets it see and edit the system and send its alerts, so
     * an agency user names only agencies in their own scope; another agency is named by the
     * coordinator. A user editing the system may keep the operator it has.
     */
    private static void checkOperator(Viewer viewer, String operatorCode, String current) {
        if (SystemValidation.blank(operatorCode)
                || operatorCode.equals(current)
                || viewer.coordinator()
                || viewer.scope().covers(operatorCode)) {
            return;
        }
        throw new InvalidInputException("operatorCode", "systems.system.error.operator-outside-scope");
    }

    /** Only the coordinator records an asset shared with another agency's system (the asset form offers it). */
    public boolean mayConfirmOverlaps() {
        return access.currentViewer().coordinator();
    }

    /**
     * For the coordinator, the system's stored assets that overlap another agency's and are not yet
     * confirmed shared (their alerts are not correlated until then); for everyone else nothing.
     */
    @Transactional(readOnly = true)
    public Set<UUID> assetsAwaitingSharedDecision(String code) {
        return mayConfirmOverlaps() ? overlaps.unsharedOverlapsOf(code) : Set.of();
    }

    /** Unknown or invisible: 404; visible but read-only for this user: 403. */
    private InformationSystem editable(Viewer viewer, String code) {
        var system = SystemAccess.visible(viewer, systems, code);
        viewer.require(SystemAccess.canEdit(viewer, system), "system " + code + " is read-only for this user");
        return system;
    }

    private void validate(SystemDetails details, boolean creating) {
        Set<String> known =
                agencies.namesOf(SystemValidation.agencyCodes(details)).keySet();
        var problems = SystemValidation.check(details, creating, known);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static SystemFacts facts(SystemDetails d) {
        return new SystemFacts(
                d.name().strip(),
                d.ownerCode(),
                SystemValidation.blank(d.operatorCode()) ? null : d.operatorCode(),
                d.type(),
                d.eGovernment(),
                d.publicServiceLevel(),
                d.personalDataSubjects(),
                d.proposedLevel(),
                d.status(),
                d.monitoringConnected(),
                d.monitoringConnected() ? d.monitoringSince() : null,
                d.monitoringConnected() ? d.monitoringMethod() : null);
    }

    private static List<Component> components(SystemDetails d) {
        return d.components().stream()
                .map(c -> new Component(c.name().strip(), c.description(), c.level()))
                .toList();
    }
}
