package vn.khien.registers.application;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.AccessPolicy;
import vn.khien.registers.CredentialData;
import vn.khien.registers.CredentialRegister;
import vn.khien.registers.CredentialStatus;
import vn.khien.registers.domain.Credential;
import vn.khien.registers.domain.CredentialFacts;
import vn.khien.registers.domain.CredentialRepository;
import vn.khien.registers.domain.StaffRepository;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/** Changes to signing credentials: record, correct, move through their statuses. */
@Service
public class CredentialManagement implements CredentialRegister {

    static final String TYPE = "credential";

    private final CredentialRepository credentials;
    private final StaffRepository staff;
    private final AgencyDirectory agencies;
    private final AccessPolicy access;
    private final RegisterSettings settings;
    private final Clock clock;

    CredentialManagement(
            CredentialRepository credentials,
            StaffRepository staff,
            AgencyDirectory agencies,
            AccessPolicy access,
            RegisterSettings settings,
            Clock clock) {
        this.credentials = credentials;
        this.staff = staff;
        this.agencies = agencies;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new credential: an issued or renewed one must respect the Decree 68 validity limits. */
    @Transactional
    public long record(CredentialData data) {
        return record(data, true);
    }

    /**
     * Records a credential that exists already (an imported token list): its validity was set by the CA
     * in the past, possibly under older rules, so the limits are not applied.
     */
    @Transactional
    public long recordExisting(CredentialData data) {
        return record(data, false);
    }

    /**
     * Runs every check of recording an existing credential without writing anything (the import checks
     * all rows before it records any): the agency, the fields, a serial already registered.
     */
    void check(CredentialData data) {
        String agency = editableAgency(data);
        var facts = validate(agency, data);
        if (data.status() == null) {
            throw new InvalidInputException("status", "registers.credential.status-required");
        }
        if (credentials.serialTaken(facts.issuer(), facts.certificateSerial())) {
            throw new ConflictException("certificateSerial", "registers.credential.serial-taken");
        }
    }

    private String editableAgency(CredentialData data) {
        var viewer = access.currentViewer();
        String agency = Problems.clean(data.agencyCode());
        if (agency == null || agencies.find(agency).isEmpty() || !RegisterAccess.ENTRIES.allows(viewer, agency)) {
            throw new InvalidInputException("agencyCode", "registers.agency.unknown");
        }
        RegisterAccess.requireEditable(viewer, TYPE, agency, agency);
        return agency;
    }

    private long record(CredentialData data, boolean checkLimits) {
        String agency = editableAgency(data);
        var facts = validate(agency, data);
        var credential = Credential.record(
                agency,
                facts,
                data.status(),
                LocalDate.now(clock),
                settings.credentials().limits(),
                checkLimits);
        try {
            var saved = credentials.save(credential);
            return credentials.save(saved.announceRecorded()).id();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("certificateSerial", "registers.credential.serial-taken");
        }
    }

    @Transactional
    public void correct(long id, CredentialData data) {
        var credential = editable(id);
        credential.correct(validate(credential.agencyCode(), data));
        try {
            credentials.save(credential);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("certificateSerial", "registers.credential.serial-taken");
        }
    }

    @Transactional
    public void transition(
            long id, CredentialStatus to, LocalDate on, String reason, LocalDate validFrom, LocalDate validTo) {
        var credential = editable(id);
        new Problems().maxLength("reason", reason, 500).throwIfAny();
        credential.transition(
                to, on, reason, validFrom, validTo, settings.credentials().limits());
        credentials.save(credential);
    }

    public boolean mayEdit(String agencyCode) {
        return RegisterAccess.canEdit(access.currentViewer(), agencyCode);
    }

    private Credential editable(long id) {
        var credential =
                credentials.findById(id).orElseThrow(() -> new ObjectNotFoundException(TYPE, String.valueOf(id)));
        RegisterAccess.requireEditable(access.currentViewer(), TYPE, id, credential.agencyCode());
        return credential;
    }

    private CredentialFacts validate(String agency, CredentialData data) {
        var problems = new Problems()
                .require("certificateSerial", data.certificateSerial())
                .maxLength("certificateSerial", data.certificateSerial(), 100)
                .maxLength("tokenSerial", data.tokenSerial(), 100)
                .require("holderName", data.holderName())
                .maxLength("holderName", data.holderName(), 200)
                .maxLength("holderPosition", data.holderPosition(), 200)
                .require("issuer", data.issuer())
                .maxLength("issuer", data.issuer(), 200)
                .maxLength("purpose", data.purpose(), 300);
        if (data.validFrom() != null
                && data.validTo() != null
                && !data.validTo().isAfter(data.validFrom())) {
            problems.add("validTo", "registers.credential.validity-order");
        }
        if (data.staffId() != null
                && staff.findById(data.staffId())
                        .filter(s -> s.agencyCode().equals(agency))
                        .isEmpty()) {
            problems.add("staffId", "registers.credential.staff-unknown");
        }
        problems.throwIfAny();
        return new CredentialFacts(
                Problems.clean(data.tokenSerial()),
                data.certificateSerial().strip(),
                data.holderName().strip(),
                Problems.clean(data.holderPosition()),
                data.staffId(),
                data.issuer().strip(),
                Problems.clean(data.purpose()),
                data.validFrom(),
                data.validTo());
    }
}
