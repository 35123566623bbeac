package vn.khien.demo;

import static vn.khien.demo.DemoAgencies.field;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.khien.agencies.AgencyData;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyRegistration;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.LicenceKind;

/** The agencies of the demo province (Huế), registered through {@link AgencyRegistration}. */
@Component
class AgencyDemoData implements DemoDataset {

    private final AgencyRegistration registration;

    AgencyDemoData(AgencyRegistration registration) {
        this.registration = registration;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        for (String[] f : DemoAgencies.rows()) {
            registration.register(f[0], data(f));
            if (field(f, 12) != null) {
                registration.changeStatus(f[0], AgencyStatus.valueOf(f[12]), field(f, 13), date(field(f, 14)));
            }
        }
    }

    private static AgencyData data(String[] f) {
        return new AgencyData(
                f[1],
                f[2],
                AgencyKind.valueOf(f[3]),
                f[4],
                field(f, 5),
                field(f, 6),
                field(f, 7),
                date(field(f, 8)),
                date(field(f, 9)),
                new AgencyData.Credentials(
                        field(f, 10) == null ? null : LicenceKind.valueOf(field(f, 10)),
                        field(f, 11),
                        null,
                        null,
                        null,
                        null));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
