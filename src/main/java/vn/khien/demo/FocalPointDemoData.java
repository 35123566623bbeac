package vn.khien.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.khien.agencies.AppointmentData;
import vn.khien.agencies.FocalPointAppointments;
import vn.khien.agencies.FocalPointRole;

/**
 * Focal points and heads for the demo province, so that the attention list has something to show: most
 * agencies have both focal points, some lack the 24/7 contact, some were not re-confirmed for over a
 * year, and a few have a predecessor in their history. Heads: see {@link #heads}.
 */
@Component
class FocalPointDemoData implements DemoDataset {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc");
    private static final List<String> GIVEN =
            List.of("An", "Bảo", "Cường", "Duyên", "Giang", "Hải", "Hương", "Khánh", "Lan", "Long", "Nga", "Phúc");

    /** Organisations outside the province's agencies: they name no focal points. */
    private static final Set<String> OUTSIDE = Set.of("NATIONAL_BODY", "ASSESSMENT_ORGANISATION", "SERVICE_PROVIDER");

    private final FocalPointAppointments management;
    private final Clock clock;

    FocalPointDemoData(FocalPointAppointments management, Clock clock) {
        this.management = management;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public void load() {
        List<String[]> agencies = activeAgencies();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < agencies.size(); i++) {
            String code = agencies.get(i)[0];
            String unit = "Bộ phận an toàn thông tin - " + agencies.get(i)[1];
            // one in five was appointed long ago and never re-confirmed: it shows as stale
            LocalDate start = i % 5 == 3 ? today.minusMonths(15) : today.minusMonths(2 + i % 9);
            if (i % 6 == 1) {
                management.appoint(code, FocalPointRole.SECURITY_UNIT, appointment(unit, i + 40, start.minusYears(2)));
            }
            management.appoint(code, FocalPointRole.SECURITY_UNIT, appointment(unit, i, start));
            // one in seven has no 24/7 contact yet
            if (i % 7 != 2) {
                management.appoint(code, FocalPointRole.INCIDENT_CONTACT, appointment(unit, i + 7, start));
            }
            heads(i, agencies.get(i), today);
        }
    }

    /**
     * Heads with dated terms: Sở Nội vụ's is the demo account giamdoc.sonv (Phạm Thị Bình, since
     * 01/08/2024, with a predecessor before); Sở Y tế's changed six days ago, so its demo incident of 12
     * days ago names the predecessor; one agency in thirteen has no head recorded.
     */
    private void heads(int i, String[] agency, LocalDate today) {
        String code = agency[0];
        String position = HeadPositions.of(agency[3], agency[2]);
        if (code.equals("H57.02")) {
            appointHead(agency, "Lê Quang Vinh", position, LocalDate.of(2021, 3, 1), 900);
            appointHead(agency, "Phạm Thị Bình", position, LocalDate.of(2024, 8, 1), 901);
        } else if (code.equals("H57.10")) {
            appointHead(agency, person(i + 60), position, today.minusYears(3), 902);
            appointHead(agency, person(i + 61), position, today.minusDays(6), 903);
        } else if (i % 13 != 7) {
            if (i % 4 == 1) {
                appointHead(agency, person(i + 70), position, today.minusYears(5), 1000 + i);
            }
            appointHead(
                    agency,
                    person(i + 50),
                    position,
                    today.minusYears(1 + i % 4).minusMonths(i % 11),
                    2000 + i);
        }
    }

    /** The active agencies of the demo file by code: code, short name (or name), name, kind. */
    private static List<String[]> activeAgencies() {
        return DemoAgencies.rows().stream()
                .filter(f -> DemoAgencies.field(f, 12) == null || f[12].equals("ACTIVE"))
                .filter(f -> !OUTSIDE.contains(f[3]))
                .sorted(Comparator.comparing((String[] f) -> f[0]))
                .map(f -> new String[] {f[0], f[2].isBlank() ? f[1].strip() : f[2].strip(), f[1].strip(), f[3]})
                .toList();
    }

    private void appointHead(String[] agency, String person, String position, LocalDate start, int seed) {
        management.appoint(
                agency[0],
                FocalPointRole.HEAD,
                new AppointmentData(
                        agency[2],
                        person,
                        position,
                        "0234 38%02d %03d".formatted(seed % 100, 100 + seed * 7 % 900),
                        "lanhdao." + seed + "@demo.hue.gov.vn",
                        seed + "/QĐ-UBND",
                        start,
                        null,
                        null,
                        null,
                        start));
    }

    private static String person(int seed) {
        return FAMILY.get(seed % FAMILY.size()) + " " + MIDDLE.get(seed % MIDDLE.size()) + " "
                + GIVEN.get(seed % GIVEN.size());
    }

    private static AppointmentData appointment(String unit, int seed, LocalDate start) {
        String person = person(seed);
        String deputy = FAMILY.get((seed + 3) % FAMILY.size()) + " " + MIDDLE.get((seed + 1) % MIDDLE.size()) + " "
                + GIVEN.get((seed + 5) % GIVEN.size());
        String phone = "0234 38%02d %03d".formatted(seed % 100, 100 + seed * 7 % 900);
        return new AppointmentData(
                unit,
                person,
                seed % 2 == 0 ? "Phó Trưởng phòng" : "Chuyên viên",
                phone,
                "attt." + seed + "@demo.hue.gov.vn",
                (100 + seed) + "/QĐ-" + (seed % 3 == 0 ? "UBND" : "VP"),
                start,
                deputy,
                "0905 %03d %03d".formatted(seed * 13 % 1000, seed * 29 % 1000),
                "phong.attt." + seed + "@demo.hue.gov.vn",
                start);
    }
}
