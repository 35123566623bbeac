package vn.khien.agencies.application;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencySummary;
import vn.khien.agencies.domain.Agency;
import vn.khien.agencies.domain.AgencyRepository;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;

/** Changes to the agency registry. */
@Service
public class AgencyManagement {

    private final AgencyRepository agencies;
    private final Clock clock;

    AgencyManagement(AgencyRepository agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('COORDINATOR_ADMIN')")
    public AgencySummary register(RegisterAgency command) {
        if (agencies.existsByCode(command.code())) {
            throw new ConflictException("agencies.error.code-taken");
        }
        if (command.parentCode() != null && !agencies.existsByCode(command.parentCode())) {
            throw new InvalidInputException("parentCode", "agencies.error.parent-unknown");
        }
        Agency agency = agencies.save(Agency.register(
                command.code(),
                command.name(),
                command.shortName(),
                command.kind(),
                command.parentCode(),
                clock.instant()));
        return new AgencySummary(agency.code(), agency.name(), agency.kind(), agency.parentCode());
    }
}
