package vn.khien.agencies.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AppointmentData;
import vn.khien.agencies.FocalPointAppointments;
import vn.khien.agencies.FocalPointRole;
import vn.khien.agencies.RegistryAccess;
import vn.khien.agencies.domain.AgencyRepository;
import vn.khien.agencies.domain.Appointment;
import vn.khien.agencies.domain.FocalPoint;
import vn.khien.agencies.domain.FocalPointRepository;
import vn.khien.shared.ConflictException;
import vn.khien.shared.InvalidInputException;
import vn.khien.shared.ObjectNotFoundException;

/** Appointing and re-confirming an agency's focal points; history is kept, never overwritten. */
@Service
public class FocalPointManagement implements FocalPointAppointments {

    private final FocalPointRepository focalPoints;
    private final AgencyRepository agencies;
    private final RegistryAccess access;
    private final Clock clock;

    FocalPointManagement(
            FocalPointRepository focalPoints, AgencyRepository agencies, RegistryAccess access, Clock clock) {
        this.focalPoints = focalPoints;
        this.agencies = agencies;
        this.access = access;
        this.clock = clock;
    }

    /** Appoints a focal point; the current one's term ends the day the new one's begins. */
    @Transactional
    public void appoint(String agencyCode, FocalPointRole role, AppointmentData data) {
        checkMaintainable(agencyCode);
        Appointment appointment = data.toAppointment(LocalDate.now(clock));
        Optional<FocalPoint> current = focalPoints.findByAgencyCodeAndRoleAndValidToIsNull(agencyCode, role);
        if (current.isPresent()) {
            if (!current.get().mayBeSucceededOn(appointment.validFrom())) {
                throw new InvalidInputException("validFrom", "agencies.focal-point.error.before-current");
            }
            current.get().endOn(appointment.validFrom());
            focalPoints.save(current.get());
        }
        focalPoints.save(FocalPoint.appoint(agencyCode, role, appointment, current.orElse(null), clock.instant()));
    }

    /** The agency says its focal point is unchanged (re-confirmation, DESIGN.md §4 item 1). */
    @Transactional
    public void confirm(String agencyCode, FocalPointRole role) {
        checkMaintainable(agencyCode);
        FocalPoint current = focalPoints
                .findByAgencyCodeAndRoleAndValidToIsNull(agencyCode, role)
                .orElseThrow(() -> new ConflictException("agencies.focal-point.error.none-to-confirm"));
        current.confirm(LocalDate.now(clock));
        focalPoints.save(current);
    }

    private void checkMaintainable(String agencyCode) {
        if (!access.maySee(agencyCode) || !agencies.existsByCode(agencyCode)) {
            throw new ObjectNotFoundException("agency", agencyCode);
        }
        if (!access.mayMaintain(agencyCode)) {
            throw new AccessDeniedException("focal points of " + agencyCode);
        }
    }
}
