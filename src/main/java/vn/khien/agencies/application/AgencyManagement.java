package vn.khien.agencies.application;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyData;
import vn.khien.agencies.AgencyRegistration;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.AgencySummary;
import vn.khien.agencies.RegistryAccess;
import vn.khien.agencies.domain.Agency;
import vn.khien.agencies.domain.AgencyDetails;
import vn.khien.agencies.domain.AgencyRepository;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/** Changes to the agency registry: register, revise, merge, dissolve, reactivate. */
@Service
public class AgencyManagement implements AgencyRegistration {

    private final AgencyRepository agencies;
    private final AgencyRules rules;
    private final RegistryAccess access;
    private final Clock clock;

    AgencyManagement(AgencyRepository agencies, AgencyRules rules, RegistryAccess access, Clock clock) {
        this.agencies = agencies;
        this.rules = rules;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public AgencySummary register(String code, AgencyData data) {
        requireAdministrator();
        AgencyDetails details = data.toDetails();
        rules.check(code, details);
        if (agencies.existsByCode(code)) {
            throw new ConflictException("code", "agencies.error.code-taken");
        }
        Agency agency = agencies.save(Agency.register(code, details, clock.instant()));
        return summary(agency);
    }

    /**
     * The coordinator revises everything; an agency officer keeps only the contact details (address,
     * website) of agencies in scope — the structure of the registry stays the coordinator's.
     */
    @Transactional
    public AgencySummary revise(String code, AgencyData data) {
        Agency agency = load(code);
        if (!access.mayMaintain(code)) {
            throw new AccessDeniedException("agency " + code);
        }
        AgencyDetails wanted = data.toDetails();
        if (!access.mayAdminister()) {
            AgencyDetails now = agency.details();
            wanted = new AgencyDetails(
                    now.name(),
                    now.shortName(),
                    now.kind(),
                    now.parentCode(),
                    wanted.address(),
                    wanted.website(),
                    now.licence(),
                    now.mandate());
        }
        rules.check(code, wanted);
        agency.revise(wanted);
        return summary(agencies.save(agency));
    }

    /** Records a merger (Resolution 202/2025 and the 2025 reorganisation): the successor carries on. */
    @Transactional
    public AgencySummary changeStatus(String code, AgencyStatus status, String successorCode, LocalDate on) {
        requireAdministrator();
        Agency agency = load(code);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        switch (status) {
            case MERGED -> agency.mergeInto(checkSuccessor(code, successorCode), day);
            case DISSOLVED -> agency.dissolve(day);
            case ACTIVE -> agency.reactivate(day);
        }
        return summary(agencies.save(agency));
    }

    private String checkSuccessor(String code, String successorCode) {
        String successor = successorCode == null || successorCode.isBlank() ? null : successorCode.strip();
        if (successor == null) {
            throw new InvalidInputException("successorCode", "agencies.error.successor-required");
        }
        Agency next = agencies.findByCode(successor)
                .orElseThrow(() -> new InvalidInputException("successorCode", "agencies.error.successor-unknown"));
        if (successor.equals(code) || next.status() != AgencyStatus.ACTIVE) {
            throw new InvalidInputException("successorCode", "agencies.error.successor-inactive");
        }
        return successor;
    }

    private Agency load(String code) {
        if (!access.maySee(code)) {
            throw new ObjectNotFoundException("agency", code);
        }
        return agencies.findByCode(code).orElseThrow(() -> new ObjectNotFoundException("agency", code));
    }

    private void requireAdministrator() {
        if (!access.mayAdminister()) {
            throw new AccessDeniedException("registry administration");
        }
    }

    private static AgencySummary summary(Agency agency) {
        return new AgencySummary(agency.code(), agency.name(), agency.kind(), agency.parentCode());
    }
}
