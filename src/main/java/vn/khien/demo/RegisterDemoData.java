package vn.khien.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.khien.registers.AttestationData;
import vn.khien.registers.AttestationKind;
import vn.khien.registers.AttestationRegister;
import vn.khien.registers.BudgetOrigin;
import vn.khien.registers.CredentialData;
import vn.khien.registers.CredentialRegister;
import vn.khien.registers.CredentialStatus;
import vn.khien.registers.ItPlanData;
import vn.khien.registers.ItPlanKind;
import vn.khien.registers.ItPlanRegister;
import vn.khien.registers.SecurityRole;
import vn.khien.registers.StaffData;
import vn.khien.registers.StaffRegister;
import vn.khien.registers.TelecomMeasureData;
import vn.khien.registers.TelecomMeasureRegister;

/**
 * The registers of the demo province, through the registers' public API: a plan at 9.5 % and one at
 * exactly 10 %, a project with an exception awaiting the coordinator, certificates near expiry, a
 * leaver whose token is flagged, people above and below the training target, a telecom operator's
 * child-protection measures and an attestation awaiting acceptance.
 */
@Component
class RegisterDemoData implements DemoDataset {

    private static final String CA = "Ban Cơ yếu Chính phủ";
    private static final String HOME = "H57.02";
    private static final String HEALTH = "H57.10";

    private final ItPlanRegister plans;
    private final CredentialRegister credentials;
    private final StaffRegister staff;
    private final AttestationRegister attestations;
    private final TelecomMeasureRegister telecom;
    private final Clock clock;

    RegisterDemoData(
            ItPlanRegister plans,
            CredentialRegister credentials,
            StaffRegister staff,
            AttestationRegister attestations,
            TelecomMeasureRegister telecom,
            Clock clock) {
        this.plans = plans;
        this.credentials = credentials;
        this.staff = staff;
        this.attestations = attestations;
        this.telecom = telecom;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        loadPlans(year);
        long an = person(HOME, "Nguyễn Văn An", "Trưởng phòng CNTT", SecurityRole.FOCAL_UNIT_MEMBER, year, 48);
        long binh = person(HOME, "Trần Thị Bình", "Quản trị hệ thống", SecurityRole.ADMINISTRATOR, year, 12);
        long cuong = person(HOME, "Lê Văn Cường", "Chuyên viên ứng cứu sự cố", SecurityRole.RESPONDER, year, 24);
        long chau =
                person(HEALTH, "Hoàng Minh Châu", "Phó phòng Kế hoạch - CNTT", SecurityRole.FOCAL_UNIT_MEMBER, year, 8);
        staff.addQualification(
                an,
                "Chứng chỉ An toàn thông tin cơ bản",
                "Học viện Kỹ thuật mật mã",
                LocalDate.of(year - 2, 6, 1),
                LocalDate.of(year + 1, 6, 1));
        token(HOME, an, "Nguyễn Văn An", "Trưởng phòng CNTT", "54010A3F", today.plusDays(30));
        token(HOME, binh, "Trần Thị Bình", "Quản trị hệ thống", "54010A40", today.plusYears(2));
        token(HOME, cuong, "Lê Văn Cường", "Chuyên viên ứng cứu sự cố", "54010A41", today.plusYears(1));
        token(HEALTH, chau, "Hoàng Minh Châu", "Phó phòng Kế hoạch - CNTT", "54010B07", today.plusDays(10));
        staff.leave(cuong, today.minusDays(5));
        telecom.record(new TelecomMeasureData(
                "VT.VIETTEL-HUE",
                "Lọc nội dung độc hại trên mạng cho thuê bao trẻ em (gói Safe Kids)",
                "Toàn bộ thuê bao di động và cố định băng rộng trên địa bàn",
                LocalDate.of(2025, 6, 1),
                "Báo cáo số 112/BC-VTHUE ngày 05/06/2025"));
        telecom.record(new TelecomMeasureData(
                "VT.VIETTEL-HUE",
                "Tiếp nhận và xử lý phản ánh xâm hại trẻ em qua tổng đài 111",
                "Phối hợp Tổng đài quốc gia bảo vệ trẻ em",
                LocalDate.of(2024, 1, 1),
                null));
        attestations.submit(new AttestationData(
                "H57.16",
                AttestationKind.COORDINATION_REGULATION,
                "Quy chế phối hợp bảo đảm an toàn thông tin mạng giữa Sở KH&CN, Công an và Bộ Chỉ huy Quân sự",
                today.minusDays(20),
                "Quy chế số 05/QC-CA-QS-SKHCN"));
        // a yearly report handed in on 5 December, one day after "trước ngày 5/12" allows: shown late
        LocalDate fifth = LocalDate.of(today.getYear(), 12, 5);
        LocalDate handedIn = fifth.isAfter(today) ? fifth.minusYears(1) : fifth;
        long late = attestations.submit(new AttestationData(
                "H57.07",
                AttestationKind.AGENCY_ANNUAL_REPORT,
                "Báo cáo kết quả kiểm tra, đánh giá an toàn thông tin năm " + handedIn.getYear(),
                handedIn,
                "Báo cáo số 210/BC-SNNMT"));
        attestations.decide(late, true, null);
    }

    private void loadPlans(int year) {
        // 190,000,000 of 2,000,000,000: 9.5 %, below the 10 % threshold
        plans.record(new ItPlanData(
                HOME,
                ItPlanKind.ANNUAL,
                "Kế hoạch ứng dụng CNTT năm " + year,
                year,
                null,
                vnd(2_000_000_000L),
                null,
                List.of(
                        line("Dịch vụ giám sát an toàn thông tin", "VNPT Huế", 150_000_000L, BudgetOrigin.DOMESTIC),
                        line("Phần mềm phòng chống mã độc", "Bkav", 40_000_000L, BudgetOrigin.DOMESTIC))));
        // exactly 10 %
        plans.record(new ItPlanData(
                HOME,
                ItPlanKind.FIVE_YEAR,
                "Kế hoạch ứng dụng CNTT giai đoạn 2026–2030",
                2026,
                null,
                vnd(12_000_000_000L),
                null,
                List.of(
                        line(
                                "Tường lửa thế hệ mới",
                                "Fortinet (qua nhà phân phối)",
                                700_000_000L,
                                BudgetOrigin.FOREIGN),
                        line(
                                "Đánh giá an toàn thông tin định kỳ",
                                "Viettel Cyber Security",
                                500_000_000L,
                                BudgetOrigin.DOMESTIC))));
        plans.record(new ItPlanData(
                HEALTH,
                ItPlanKind.ANNUAL,
                "Kế hoạch ứng dụng CNTT ngành Y tế năm " + year,
                year,
                null,
                vnd(3_500_000_000L),
                null,
                List.of(line("Dịch vụ SOC", "Viettel Huế", 420_000_000L, BudgetOrigin.DOMESTIC))));
        long project = plans.record(new ItPlanData(
                HEALTH,
                ItPlanKind.PROJECT,
                "Dự án Hồ sơ sức khỏe điện tử",
                year - 1,
                year,
                vnd(5_000_000_000L),
                vnd(200_000_000L),
                List.of()));
        plans.declareException(
                project,
                "Hệ thống đặt tại Trung tâm dữ liệu thành phố, đã có dịch vụ giám sát và "
                        + "bảo vệ chuyên trách đạt yêu cầu theo hợp đồng với VNPT Huế",
                "Hợp đồng số 27/2025/HĐ-VNPT");
    }

    private long person(String agency, String name, String position, SecurityRole role, int year, int hours) {
        long id = staff.record(new StaffData(agency, name, position, role, LocalDate.of(year - 3, 3, 1)));
        staff.addTraining(
                id,
                "Bồi dưỡng kiến thức an toàn thông tin",
                "Sở Khoa học và Công nghệ",
                BigDecimal.valueOf(hours),
                LocalDate.of(year, 4, 10));
        return id;
    }

    private void token(String agency, long staffId, String holder, String position, String serial, LocalDate validTo) {
        credentials.record(new CredentialData(
                agency,
                "TK-" + serial,
                serial,
                holder,
                position,
                staffId,
                CA,
                "Ký số văn bản điện tử",
                validTo.minusYears(3),
                validTo,
                CredentialStatus.ISSUED));
    }

    private static ItPlanData.Line line(String category, String supplier, long amount, BudgetOrigin origin) {
        return new ItPlanData.Line(category, supplier, vnd(amount), origin);
    }

    private static BigDecimal vnd(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
