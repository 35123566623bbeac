package vn.khien.agencies.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyRegistered;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.AgencyStatusChanged;
import vn.khien.agencies.AgencyUpdated;

/** An agency or organisation of the programme, identified by its official code. */
@Table(schema = "agencies", name = "agency")
public class Agency extends AbstractAggregateRoot<Agency> {

    @Id
    private Long id;

    private final String code;
    private String name;
    private String shortName;
    private AgencyKind kind;
    private String parentCode;
    private String address;
    private String website;

    @Embedded.Empty(prefix = "licence_")
    private Licence licence;

    @Embedded.Empty(prefix = "mandate_")
    private Mandate mandate;

    private AgencyStatus status;
    private String successorCode;
    private LocalDate statusChangedOn;
    private final Instant registeredAt;

    @Version
    private int version;

    @PersistenceCreator
    Agency(Long id, String code, AgencyStatus status, Instant registeredAt, int version) {
        this.id = id;
        this.code = code;
        this.status = status;
        this.registeredAt = registeredAt;
        this.version = version;
    }

    public static Agency register(String code, AgencyDetails details, Instant now) {
        Agency agency = new Agency(null, code, AgencyStatus.ACTIVE, now, 0);
        agency.apply(details);
        agency.registerEvent(new AgencyRegistered(code, details.name(), details.kind(), details.parentCode()));
        return agency;
    }

    /** Applies new details and records what changed; nothing is recorded when nothing changed. */
    public void revise(AgencyDetails details) {
        AgencyDetails before = details();
        if (before.equals(details)) {
            return;
        }
        apply(details);
        List<String> was = new ArrayList<>();
        List<String> now = new ArrayList<>();
        compare("name", before.name(), details.name(), was, now);
        compare("shortName", before.shortName(), details.shortName(), was, now);
        compare("kind", before.kind(), details.kind(), was, now);
        compare("parent", before.parentCode(), details.parentCode(), was, now);
        compare("address", before.address(), details.address(), was, now);
        compare("website", before.website(), details.website(), was, now);
        compare("licence", before.licence(), details.licence(), was, now);
        compare("mandate", before.mandate(), details.mandate(), was, now);
        registerEvent(new AgencyUpdated(code, String.join(", ", was), String.join(", ", now)));
    }

    public void mergeInto(String successor, LocalDate on) {
        changeStatus(AgencyStatus.MERGED, successor, on);
    }

    public void dissolve(LocalDate on) {
        changeStatus(AgencyStatus.DISSOLVED, null, on);
    }

    public void reactivate(LocalDate on) {
        changeStatus(AgencyStatus.ACTIVE, null, on);
    }

    private void changeStatus(AgencyStatus next, String successor, LocalDate on) {
        AgencyStatus previous = status;
        status = next;
        successorCode = successor;
        statusChangedOn = on;
        registerEvent(new AgencyStatusChanged(code, previous, next, successor, on));
    }

    private void apply(AgencyDetails details) {
        name = details.name();
        shortName = details.shortName();
        kind = details.kind();
        parentCode = details.parentCode();
        address = details.address();
        website = details.website();
        licence = details.licensable() && details.licence() != null ? details.licence() : Licence.NONE;
        mandate = details.mandate() == null || details.mandate().kind() == null ? Mandate.NONE : details.mandate();
    }

    public AgencyDetails details() {
        return new AgencyDetails(
                name,
                shortName,
                kind,
                parentCode,
                address,
                website,
                licence == null ? Licence.NONE : licence,
                mandate == null ? Mandate.NONE : mandate);
    }

    private static void compare(String field, Object was, Object now, List<String> before, List<String> after) {
        if (!Objects.equals(was, now)) {
            before.add(field + "=" + was);
            after.add(field + "=" + now);
        }
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public AgencyKind kind() {
        return kind;
    }

    public String parentCode() {
        return parentCode;
    }

    public AgencyStatus status() {
        return status;
    }
}
