package vn.khien.agencies.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyRegistered;

/** An agency or organisation of the programme, identified by its official code. */
@Table(schema = "agencies", name = "agency")
public class Agency extends AbstractAggregateRoot<Agency> {

    @Id
    private Long id;

    private final String code;
    private final String name;
    private final String shortName;
    private final AgencyKind kind;
    private final String parentCode;
    private final AgencyStatus status;
    private final Instant registeredAt;

    @Version
    private int version;

    @PersistenceCreator
    Agency(
            Long id,
            String code,
            String name,
            String shortName,
            AgencyKind kind,
            String parentCode,
            AgencyStatus status,
            Instant registeredAt,
            int version) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.parentCode = parentCode;
        this.status = status;
        this.registeredAt = registeredAt;
        this.version = version;
    }

    public static Agency register(
            String code, String name, String shortName, AgencyKind kind, String parentCode, Instant now) {
        Agency agency = new Agency(null, code, name, shortName, kind, parentCode, AgencyStatus.ACTIVE, now, 0);
        agency.registerEvent(new AgencyRegistered(code, name, kind, parentCode));
        return agency;
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

    public enum AgencyStatus {
        ACTIVE,
        MERGED,
        DISSOLVED
    }
}
