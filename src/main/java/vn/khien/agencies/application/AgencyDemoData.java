package vn.khien.agencies.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.khien.agencies.AgencyKind;
import vn.khien.agencies.AgencyStatus;
import vn.khien.agencies.LicenceKind;
import vn.khien.agencies.domain.AgencyRepository;
import vn.khien.shared.DemoDataset;

/** The agencies of the demo province (Huế), registered through {@link AgencyManagement}. */
@Component
class AgencyDemoData implements DemoDataset {

    private final AgencyManagement management;
    private final AgencyRepository agencies;

    AgencyDemoData(AgencyManagement management, AgencyRepository agencies) {
        this.management = management;
        this.agencies = agencies;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean hasData() {
        return agencies.count() > 0;
    }

    /**
     * code;name;short name;kind;parent[;address;website;licence number;licence from;licence until;licence
     * kind;licence issuer]
     */
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

    private static String field(String[] f, int i) {
        return f.length > i && !f[i].isBlank() ? f[i] : null;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    @Override
    public void load() {
        var resource = new ClassPathResource("demo/agencies-hue.csv");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";", -1))
                    .forEach(f -> {
                        management.register(f[0], data(f));
                        if (field(f, 12) != null) {
                            management.changeStatus(
                                    f[0], AgencyStatus.valueOf(f[12]), field(f, 13), date(field(f, 14)));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
