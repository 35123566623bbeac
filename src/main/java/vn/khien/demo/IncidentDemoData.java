package vn.khien.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.khien.incidents.ClassificationData;
import vn.khien.incidents.Impact;
import vn.khien.incidents.IncidentCoordination;
import vn.khien.incidents.IncidentData;
import vn.khien.incidents.IncidentEffect;
import vn.khien.incidents.IncidentResponse;
import vn.khien.incidents.IncidentResponse.Transition;
import vn.khien.incidents.IncidentSeverity;
import vn.khien.incidents.IndicatorKind;
import vn.khien.incidents.Pap;
import vn.khien.incidents.PartyKind;
import vn.khien.incidents.Tlp;

/**
 * A few incidents of the demo province, reported and handled by the demo users through the
 * incidents module's public API (so references, clocks, timeline and audit are real): a defacement being
 * contained with the police, a closed data leak, and a report that turned out not to be an incident.
 */
@Component
class IncidentDemoData implements DemoDataset {

    private final IncidentResponse management;
    private final IncidentCoordination coordination;
    private final UserDetailsService users;
    private final Clock clock;
    private String defacement;

    IncidentDemoData(
            IncidentResponse management, IncidentCoordination coordination, UserDetailsService users, Clock clock) {
        this.management = management;
        this.coordination = coordination;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 70;
    }

    /** The reference of the defacement being contained (AMBER, one IP indicator), once loaded. */
    String defacement() {
        return defacement;
    }

    @Override
    public void load() {
        Instant now = clock.instant();
        defacement = as(
                "canbo.sonv",
                () -> management.report(data(
                        "SNV.WEB",
                        now.minus(Duration.ofHours(30)),
                        "DEFACEMENT",
                        "Trang chủ Cổng thông tin Sở Nội vụ bị thay đổi giao diện",
                        IncidentSeverity.HIGH,
                        Tlp.AMBER)));
        as("ungcuu", () -> {
            management.move(defacement, Transition.VERIFY, null);
            coordination.assign(defacement, "ungcuu");
            coordination.addIndicator(defacement, IndicatorKind.IP, "203.0.113.45");
            coordination.addParty(
                    defacement,
                    PartyKind.POLICE,
                    "H57.16",
                    "Công an tỉnh (Phòng An ninh mạng)",
                    Tlp.GREEN,
                    "Phối hợp xác định nguồn tấn công từ địa chỉ 203.0.113.45");
            coordination.addTask(
                    defacement,
                    "Thu thập nhật ký máy chủ web",
                    "Công an tỉnh",
                    PartyKind.POLICE,
                    LocalDate.now(clock).plusDays(2));
            management.move(defacement, Transition.CONTAIN, null);
            return null;
        });
        String leak = as(
                "canbo.syt",
                () -> management.report(data(
                        "SYT.HSSK",
                        now.minus(Duration.ofDays(12)),
                        "DATA_LEAK",
                        "Nghi lộ dữ liệu hồ sơ sức khỏe qua tài khoản quản trị bị lộ mật khẩu",
                        IncidentSeverity.CRITICAL,
                        Tlp.AMBER)));
        as("ungcuu", () -> {
            management.classify(
                    leak,
                    new ClassificationData(
                            "DATA_LEAK",
                            IncidentSeverity.CRITICAL,
                            Impact.MEDIUM,
                            Tlp.AMBER_STRICT,
                            Pap.AMBER,
                            Set.of(IncidentEffect.DATA_LEAKED),
                            true,
                            true));
            coordination.recordSent(leak, "law116.initial-notice");
            for (Transition step :
                    List.of(Transition.VERIFY, Transition.CONTAIN, Transition.ERADICATE, Transition.RECOVER)) {
                management.move(leak, step, null);
            }
            coordination.addIndicator(leak, IndicatorKind.IP, "203.0.113.45");
            management.close(
                    leak,
                    "Mật khẩu quản trị yếu, không bật xác thực hai lớp",
                    "Bắt buộc xác thực hai lớp cho mọi tài khoản quản trị",
                    "Đã thu hồi tài khoản, đổi toàn bộ mật khẩu, rà soát nhật ký truy cập 90 ngày");
            return null;
        });
        String notIncident = as(
                "canbo.sonv",
                () -> management.report(data(
                        "SNV.LAN",
                        now.minus(Duration.ofDays(3)),
                        "AVAILABILITY",
                        "Mạng nội bộ chậm bất thường buổi sáng",
                        IncidentSeverity.LOW,
                        Tlp.GREEN)));
        as("ungcuu", () -> {
            management.move(notIncident, Transition.REJECT, "Do nâng cấp đường truyền theo kế hoạch của nhà mạng");
            return null;
        });
    }

    private static IncidentData data(
            String system, Instant detected, String type, String summary, IncidentSeverity severity, Tlp tlp) {
        return new IncidentData(
                system,
                detected,
                type,
                summary,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                severity,
                Impact.LOW,
                tlp,
                Pap.GREEN,
                false);
    }

    /** Runs as a demo user, so that reporter, actor and access are theirs. */
    private <T> T as(String username, Supplier<T> work) {
        return DemoUsers.as(users, username, work);
    }
}
