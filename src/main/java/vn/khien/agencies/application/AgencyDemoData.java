package vn.khien.agencies.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.khien.agencies.AgencyKind;
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

    @Override
    public void load() {
        var resource = new ClassPathResource("demo/agencies-hue.csv");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";", -1))
                    .forEach(f -> management.register(new RegisterAgency(
                            f[0], f[1], f[2], AgencyKind.valueOf(f[3]), f[4].isBlank() ? null : f[4])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
