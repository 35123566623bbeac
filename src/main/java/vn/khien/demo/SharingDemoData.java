package vn.khien.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.khien.incidents.Tlp;
import vn.khien.sharing.ReportingStage;
import vn.khien.sharing.SharingSetup;

/**
 * Sharing in the demo province: the national centre's indicator collection holding the OASIS sample
 * indicators (read in place from {@code ../shared/fixtures/stix} when that folder is beside the
 * installation, as if pulled from the centre; skipped otherwise), and the province's outbound collection
 * holding the defacement incident's indicator, proposed by the responder and approved at TLP:AMBER for
 * the national centre; the coordinator's organisation reads both over TAXII.
 */
@Component
class SharingDemoData implements DemoDataset {

    private static final Logger log = LoggerFactory.getLogger(SharingDemoData.class);
    private static final String COORDINATOR = "H57.08";
    private static final String NATIONAL_CENTRE = "QG.NCSC";

    private final SharingSetup sharing;
    private final UserDetailsService users;
    private final Path fixtures;
    private final IncidentDemoData incidents;

    SharingDemoData(
            SharingSetup sharing,
            IncidentDemoData incidents,
            UserDetailsService users,
            @Value("${khien.demo.stix-fixtures:../shared/fixtures/stix}") String fixtures) {
        this.sharing = sharing;
        this.incidents = incidents;
        this.users = users;
        // a String, not a Path: in the servlet container Spring would resolve a Path as a web resource
        this.fixtures = Path.of(fixtures);
    }

    @Override
    public int order() {
        return 80; // after the incidents it shares
    }

    @Override
    public void load() {
        UUID received = DemoUsers.as(users, "dieuphoi", () -> {
            UUID id = sharing.openCollection("national", "Chỉ báo từ Trung tâm quốc gia", false);
            sharing.grant(id, COORDINATOR, true, false);
            sharing.grant(id, NATIONAL_CENTRE, true, true);
            return id;
        });
        int indicators = DemoUsers.as(users, "dieuphoi", () -> receiveFixtures(received));
        UUID outbound = DemoUsers.as(users, "dieuphoi", () -> {
            UUID id = sharing.openCollection("national", "Thông tin Huế chia sẻ", true);
            sharing.grant(id, COORDINATOR, true, false);
            sharing.grant(id, NATIONAL_CENTRE, true, false);
            return id;
        });
        String defacement = incidents.defacement();
        int shared = 0;
        try {
            long request = DemoUsers.as(
                    users,
                    "ungcuu",
                    () -> sharing.propose(
                            defacement,
                            ReportingStage.INITIAL_NOTICE,
                            List.of("203.0.113.45"),
                            "Nguồn tấn công thay đổi giao diện"));
            shared = DemoUsers.as(
                    users,
                    "dieuphoi",
                    () -> sharing.approve(request, Tlp.AMBER, List.of(NATIONAL_CENTRE, COORDINATOR), outbound));
        } catch (RuntimeException e) {
            log.warn("Demo sharing: the defacement incident {} could not be shared: {}", defacement, e.getMessage());
        }
        log.info("Demo sharing loaded: {} received objects, {} shared objects", indicators, shared);
    }

    private int receiveFixtures(UUID collection) {
        if (!Files.isDirectory(fixtures)) {
            log.info("Demo sharing: {} is absent, the national centre's collection starts empty", fixtures);
            return 0;
        }
        try (Stream<Path> files = Files.list(fixtures)) {
            int stored = 0;
            for (Path file : files.filter(f -> f.getFileName().toString().contains("indicator"))
                    .filter(f -> !f.getFileName().toString().startsWith("INVALID"))
                    .sorted()
                    .toList()) {
                stored += sharing.receive(collection, Files.readString(file, StandardCharsets.UTF_8));
            }
            return stored;
        } catch (IOException | RuntimeException e) {
            log.warn("Demo sharing: the STIX samples in {} could not be read: {}", fixtures, e.getMessage());
            return 0;
        }
    }
}
