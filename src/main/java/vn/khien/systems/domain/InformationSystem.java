package vn.khien.systems.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.systems.AssetKind;
import vn.khien.systems.NetworkAssetChanged;
import vn.khien.systems.ProductOrigin;
import vn.khien.systems.SecurityProductChanged;
import vn.khien.systems.ServiceArrangementChanged;
import vn.khien.systems.ServiceKind;
import vn.khien.systems.SystemLevelApproved;
import vn.khien.systems.SystemRegistered;
import vn.khien.systems.SystemRetired;
import vn.khien.systems.SystemStatus;
import vn.khien.systems.SystemUpdated;

/** An information system of the inventory with everything that hangs on it; one owner, one code. */
@Table(schema = "systems", name = "information_system")
public class InformationSystem extends AbstractAggregateRoot<InformationSystem> {

    @Id
    private Long id;

    private final String code;

    @Embedded.Empty
    private SystemFacts facts;

    private Integer approvedLevel;

    @Embedded.Nullable(prefix = "decision_")
    private LevelDecision decision;

    private final Instant registeredAt;

    @MappedCollection(idColumn = "information_system", keyColumn = "position")
    private List<Component> components;

    @MappedCollection(idColumn = "information_system", keyColumn = "position")
    private List<NetworkAsset> assets;

    @MappedCollection(idColumn = "information_system", keyColumn = "position")
    private List<SecurityProduct> products;

    @MappedCollection(idColumn = "information_system", keyColumn = "position")
    private List<ServiceArrangement> arrangements;

    @Version
    private int version;

    @PersistenceCreator
    InformationSystem(
            Long id,
            String code,
            SystemFacts facts,
            Integer approvedLevel,
            LevelDecision decision,
            Instant registeredAt,
            List<Component> components,
            List<NetworkAsset> assets,
            List<SecurityProduct> products,
            List<ServiceArrangement> arrangements,
            int version) {
        this.id = id;
        this.code = code;
        this.facts = facts;
        this.approvedLevel = approvedLevel;
        this.decision = decision;
        this.registeredAt = registeredAt;
        this.components = new ArrayList<>(components);
        this.assets = new ArrayList<>(assets);
        this.products = new ArrayList<>(products);
        this.arrangements = new ArrayList<>(arrangements);
        this.version = version;
    }

    public static InformationSystem register(String code, SystemFacts facts, List<Component> components, Instant now) {
        var system = new InformationSystem(
                null, code, facts, null, null, now, components, List.of(), List.of(), List.of(), 0);
        system.registerEvent(new SystemRegistered(code, facts.name(), facts.ownerCode(), facts.type()));
        return system;
    }

    public void update(SystemFacts changed, List<Component> newComponents) {
        String before = facts.summary() + ", components=" + components;
        boolean retiring = changed.status() == SystemStatus.RETIRED && facts.status() != SystemStatus.RETIRED;
        this.facts = changed;
        this.components = new ArrayList<>(newComponents);
        registerEvent(new SystemUpdated(code, before, facts.summary() + ", components=" + components));
        if (retiring) {
            registerEvent(new SystemRetired(code, facts.ownerCode()));
        }
    }

    /** Records an approved level: from a dossier, or a decision made before the platform existed. */
    public void approveLevel(int level, LevelDecision approval) {
        this.approvedLevel = level;
        this.decision = approval;
        registerEvent(new SystemLevelApproved(
                code, facts.ownerCode(), level, approval.number(), approval.date(), approval.approverCode()));
    }

    /**
     * Adds an asset; {@code shared} when it overlaps another agency's asset by the coordinator's
     * decision (the application checks who may decide that).
     */
    public NetworkAsset addAsset(AssetKind kind, String normalisedValue, boolean shared) {
        if (assets.stream().anyMatch(a -> a.kind() == kind && a.value().equals(normalisedValue))) {
            throw new ConflictException("value", "systems.asset.error.duplicate");
        }
        var asset = new NetworkAsset(UUID.randomUUID(), kind, normalisedValue, shared);
        assets.add(asset);
        registerEvent(new NetworkAssetChanged(code, "added", kind, normalisedValue, shared));
        return asset;
    }

    /**
     * Records a stored asset as shared with another agency's system by the coordinator's decision, so
     * that alerts for it are correlated again (assets stored before overlaps were checked).
     */
    public NetworkAsset confirmAssetShared(UUID ref) {
        NetworkAsset asset = find(assets, NetworkAsset::ref, ref, "network-asset");
        if (asset.shared()) {
            return asset;
        }
        var shared = new NetworkAsset(asset.ref(), asset.kind(), asset.value(), true);
        assets.set(assets.indexOf(asset), shared);
        registerEvent(new NetworkAssetChanged(code, "shared", asset.kind(), asset.value(), true));
        return shared;
    }

    public void removeAsset(UUID ref) {
        NetworkAsset asset = find(assets, NetworkAsset::ref, ref, "network-asset");
        assets.remove(asset);
        registerEvent(new NetworkAssetChanged(code, "removed", asset.kind(), asset.value(), asset.shared()));
    }

    public SecurityProduct addProduct(
            String product, String vendor, String category, ProductOrigin origin, String justification) {
        // Directive 14/CT-TTg only prefers ("ưu tiên") domestic products: a foreign one without a
        // justification is kept and shown as advice (rule ct14.domestic-products, recommended), not refused
        var added = new SecurityProduct(UUID.randomUUID(), product, vendor, category, origin, justification);
        products.add(added);
        registerEvent(new SecurityProductChanged(code, "added", product, vendor, origin));
        return added;
    }

    public void removeProduct(UUID ref) {
        SecurityProduct product = find(products, SecurityProduct::ref, ref, "security-product");
        products.remove(product);
        registerEvent(
                new SecurityProductChanged(code, "removed", product.product(), product.vendor(), product.origin()));
    }

    public ServiceArrangement arrange(ServiceKind service, String providerCode, LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "systems.arrangement.error.period");
        }
        var arrangement = new ServiceArrangement(UUID.randomUUID(), service, providerCode, from, to);
        arrangements.add(arrangement);
        registerEvent(new ServiceArrangementChanged(code, "added", service, providerCode, from, to));
        return arrangement;
    }

    public void removeArrangement(UUID ref) {
        ServiceArrangement a = find(arrangements, ServiceArrangement::ref, ref, "service-arrangement");
        arrangements.remove(a);
        registerEvent(new ServiceArrangementChanged(code, "removed", a.service(), a.providerCode(), a.from(), a.to()));
    }

    /** Decree 85/2016 Art. 6: a system takes the highest level of its components. */
    public Integer componentLevel() {
        return components.stream().map(Component::level).max(Integer::compare).orElse(null);
    }

    private static <T> T find(List<T> items, java.util.function.Function<T, UUID> ref, UUID wanted, String type) {
        return items.stream()
                .filter(i -> ref.apply(i).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ObjectNotFoundException(type, String.valueOf(wanted)));
    }

    public String code() {
        return code;
    }

    public SystemFacts facts() {
        return facts;
    }

    public Integer approvedLevel() {
        return approvedLevel;
    }

    public LevelDecision decision() {
        return decision;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public List<Component> components() {
        return List.copyOf(components);
    }

    public List<NetworkAsset> assets() {
        return List.copyOf(assets);
    }

    public List<SecurityProduct> products() {
        return List.copyOf(products);
    }

    public List<ServiceArrangement> arrangements() {
        return List.copyOf(arrangements);
    }

    /** The events the next save will publish; the domain tests read them. */
    java.util.Collection<Object> pendingEvents() {
        return java.util.List.copyOf(domainEvents());
    }
}
