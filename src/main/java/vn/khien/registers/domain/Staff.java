package vn.khien.registers.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.khien.registers.RegisterChanged;
import vn.khien.registers.SecurityRole;
import vn.khien.registers.StaffLeft;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/** A person in a security role of an agency; a leaver keeps their record and history. */
@Table(schema = "registers", name = "staff")
public class Staff extends AbstractAggregateRoot<Staff> {

    @Id
    private Long id;

    private final String agencyCode;
    private String fullName;
    private String position;
    private SecurityRole securityRole;
    private LocalDate joinedOn;
    private LocalDate leftOn;

    @MappedCollection(idColumn = "staff", keyColumn = "position")
    private List<Qualification> qualifications;

    @MappedCollection(idColumn = "staff", keyColumn = "position")
    private List<Training> trainings;

    @Version
    private int version;

    @PersistenceCreator
    Staff(
            Long id,
            String agencyCode,
            String fullName,
            String position,
            SecurityRole securityRole,
            LocalDate joinedOn,
            LocalDate leftOn,
            List<Qualification> qualifications,
            List<Training> trainings,
            int version) {
        this.id = id;
        this.agencyCode = agencyCode;
        this.fullName = fullName;
        this.position = position;
        this.securityRole = securityRole;
        this.joinedOn = joinedOn;
        this.leftOn = leftOn;
        this.qualifications = new ArrayList<>(qualifications);
        this.trainings = new ArrayList<>(trainings);
        this.version = version;
    }

    public static Staff record(
            String agencyCode, String fullName, String position, SecurityRole role, LocalDate joinedOn) {
        return new Staff(null, agencyCode, fullName, position, role, joinedOn, null, List.of(), List.of(), 0);
    }

    public Staff announce(String change, String summary) {
        registerEvent(new RegisterChanged("staff", ref(), agencyCode, change, summary));
        return this;
    }

    public void update(String newName, String newPosition, SecurityRole role, LocalDate joined) {
        this.fullName = newName;
        this.position = newPosition;
        this.securityRole = role;
        this.joinedOn = joined;
        announce("updated", newName + ", " + role);
    }

    public void addQualification(Qualification qualification) {
        if (qualification.expiresOn() != null && qualification.expiresOn().isBefore(qualification.obtainedOn())) {
            throw new InvalidInputException("expiresOn", "registers.staff.qualification.expiry-order");
        }
        qualifications.add(qualification);
        announce("qualification-added", qualification.name());
    }

    public void addTraining(Training training) {
        if (training.hours() == null
                || training.hours().signum() <= 0
                || training.hours().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            throw new InvalidInputException("hours", "registers.staff.training.hours-range");
        }
        if (training.hours().stripTrailingZeros().scale() > 1) {
            throw new InvalidInputException("hours", "registers.staff.training.hours-range");
        }
        trainings.add(training);
        announce("training-added", training.course() + " " + training.hours().toPlainString() + "h");
    }

    /**
     * The person left on a date; the caller flags their active credentials for revocation in the same
     * transaction (Directive 14/CT-TTg: tokens are managed by the rules).
     */
    public void leave(LocalDate on, int credentialsFlagged) {
        if (leftOn != null) {
            throw new ConflictException(null, "registers.staff.already-left");
        }
        if (on == null) {
            throw new InvalidInputException("leftOn", "registers.staff.left-on-required");
        }
        if (joinedOn != null && on.isBefore(joinedOn)) {
            throw new InvalidInputException("leftOn", "registers.staff.left-before-joined");
        }
        leftOn = on;
        registerEvent(new StaffLeft(ref(), agencyCode, fullName, on, credentialsFlagged));
    }

    public BigDecimal hoursIn(int year) {
        return trainings.stream()
                .filter(t -> t.attendedOn().getYear() == year)
                .map(Training::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The id for events; an aggregate announces itself only once saved (tests use unsaved ones). */
    private long ref() {
        return id == null ? 0 : id;
    }

    public Long id() {
        return id;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String fullName() {
        return fullName;
    }

    public String position() {
        return position;
    }

    public SecurityRole securityRole() {
        return securityRole;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    public List<Qualification> qualifications() {
        return List.copyOf(qualifications);
    }

    public List<Training> trainings() {
        return List.copyOf(trainings);
    }
}
