package vn.khien.registers.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.AccessPolicy;
import vn.khien.registers.StaffData;
import vn.khien.registers.StaffRegister;
import vn.khien.registers.domain.Qualification;
import vn.khien.registers.domain.Staff;
import vn.khien.registers.domain.StaffRepository;
import vn.khien.registers.domain.Training;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/** Changes to the security workforce: people, their qualifications and training, and leaving. */
@Service
public class StaffManagement implements StaffRegister {

    static final String TYPE = "staff";

    private final StaffRepository staff;
    private final AgencyDirectory agencies;
    private final AccessPolicy access;
    private final RevocationFlags revocations;

    StaffManagement(StaffRepository staff, AgencyDirectory agencies, AccessPolicy access, RevocationFlags revocations) {
        this.staff = staff;
        this.agencies = agencies;
        this.access = access;
        this.revocations = revocations;
    }

    @Transactional
    public long record(StaffData data) {
        var viewer = access.currentViewer();
        String agency = Problems.clean(data.agencyCode());
        if (agency == null || agencies.find(agency).isEmpty() || !RegisterAccess.ENTRIES.allows(viewer, agency)) {
            throw new InvalidInputException("agencyCode", "registers.agency.unknown");
        }
        RegisterAccess.requireEditable(viewer, TYPE, agency, agency);
        validate(data);
        var person = staff.save(Staff.record(
                agency,
                data.fullName().strip(),
                Problems.clean(data.position()),
                data.securityRole(),
                data.joinedOn()));
        return staff.save(person.announce("recorded", person.fullName() + ", " + person.securityRole()))
                .id();
    }

    @Transactional
    public void update(long id, StaffData data) {
        var person = editable(id);
        validate(data);
        person.update(data.fullName().strip(), Problems.clean(data.position()), data.securityRole(), data.joinedOn());
        staff.save(person);
    }

    @Transactional
    public void addQualification(long id, String name, String issuer, LocalDate obtainedOn, LocalDate expiresOn) {
        var person = editable(id);
        new Problems()
                .require("name", name)
                .maxLength("name", name, 300)
                .maxLength("issuer", issuer, 300)
                .require("obtainedOn", obtainedOn)
                .throwIfAny();
        person.addQualification(new Qualification(name.strip(), Problems.clean(issuer), obtainedOn, expiresOn));
        staff.save(person);
    }

    @Transactional
    public void addTraining(long id, String course, String provider, BigDecimal hours, LocalDate attendedOn) {
        var person = editable(id);
        new Problems()
                .require("course", course)
                .maxLength("course", course, 300)
                .maxLength("provider", provider, 300)
                .require("hours", hours)
                .require("attendedOn", attendedOn)
                .throwIfAny();
        person.addTraining(new Training(course.strip(), Problems.clean(provider), hours, attendedOn));
        staff.save(person);
    }

    /** The person left: their history stays, their active credentials are flagged for revocation now. */
    @Transactional
    public int leave(long id, LocalDate on) {
        var person = editable(id);
        new Problems().require("leftOn", on).throwIfAny();
        if (person.leftOn() == null && person.joinedOn() != null && on.isBefore(person.joinedOn())) {
            throw new InvalidInputException("leftOn", "registers.staff.left-before-joined");
        }
        int flagged =
                person.leftOn() == null ? revocations.flagHeldBy(id, person.agencyCode(), person.fullName(), on) : 0;
        person.leave(on, flagged);
        staff.save(person);
        return flagged;
    }

    public boolean mayEdit(String agencyCode) {
        return RegisterAccess.canEdit(access.currentViewer(), agencyCode);
    }

    private Staff editable(long id) {
        var person = staff.findById(id).orElseThrow(() -> new ObjectNotFoundException(TYPE, String.valueOf(id)));
        RegisterAccess.requireEditable(access.currentViewer(), TYPE, id, person.agencyCode());
        return person;
    }

    private static void validate(StaffData data) {
        new Problems()
                .require("fullName", data.fullName())
                .maxLength("fullName", data.fullName(), 200)
                .maxLength("position", data.position(), 200)
                .require("securityRole", data.securityRole())
                .throwIfAny();
    }
}
