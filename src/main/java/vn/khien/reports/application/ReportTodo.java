package vn.khien.reports.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.khien.agencies.AgencyDirectory;
import vn.khien.identity.AccessPolicy;
import vn.khien.identity.Role;
import vn.khien.identity.Viewer;
import vn.khien.reports.ReportKind;
import vn.khien.reports.ReportStatus;
import vn.khien.reports.domain.ReportPeriod;
import vn.khien.reports.domain.ReportRepository;
import vn.khien.shared.ShownDate;

/**
 * What awaits an agency's officer or head on the home page: from 1 November, the year's annual report
 * until it is submitted (due before 5 December).
 */
@Component
public class ReportTodo {

    private final AccessPolicy policy;
    private final ReportRepository reports;
    private final AgencyDirectory agencies;
    private final Clock clock;

    ReportTodo(AccessPolicy policy, ReportRepository reports, AgencyDirectory agencies, Clock clock) {
        this.policy = policy;
        this.reports = reports;
        this.agencies = agencies;
        this.clock = clock;
    }

    public record Line(String key, List<Object> arguments, String path) {}

    @Transactional(readOnly = true)
    public List<Line> lines() {
        Viewer viewer = policy.currentViewer();
        LocalDate today = LocalDate.now(clock);
        if (!viewer.holds(Role.AGENCY_OFFICER, Role.AGENCY_HEAD) || today.getMonthValue() < 11) {
            return List.of();
        }
        var period = new ReportPeriod(ReportKind.AGENCY_ANNUAL, today.getYear(), null);
        var names = agencies.namesOf(viewer.scope().agencyCodes());
        return viewer.scope().agencyCodes().stream()
                .sorted()
                .limit(5)
                .filter(agency -> reports.versions(ReportKind.AGENCY_ANNUAL, agency, period.year(), 0).stream()
                        .findFirst()
                        .map(r -> r.status() != ReportStatus.SUBMITTED)
                        .orElse(true))
                .map(agency -> new Line(
                        "reports.home.due",
                        List.<Object>of(
                                String.valueOf(period.year()),
                                ShownDate.of(period.dueBefore()),
                                names.getOrDefault(agency, agency)),
                        "/reports"))
                .toList();
    }
}
