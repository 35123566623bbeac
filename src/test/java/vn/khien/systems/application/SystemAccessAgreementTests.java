package vn.khien.systems.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.support.DemoViewers;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.systems.domain.InformationSystem;
import vn.khien.systems.domain.InformationSystemRepository;

/** The systems declaration selects the same demo systems in Java and in SQL, for each kind of user. */
@KhienIntegrationTest
class SystemAccessAgreementTests extends DemoViewers {

    @Autowired
    InformationSystemRepository systems;

    @ParameterizedTest
    @FieldSource("USERS")
    void theJavaCheckAndTheSqlConditionSelectTheSameSystems(String username) {
        var viewer = signIn(username);
        var rows = SystemAccess.SYSTEMS;
        assertThat(systems.findAll().stream()
                        .filter(s -> rows.allows(viewer, s))
                        .map(InformationSystem::code)
                        .collect(Collectors.toSet()))
                .isEqualTo(selected(
                        "SELECT s.code FROM systems.information_system s WHERE " + rows.where("s"),
                        rows.parameters(viewer),
                        String.class));
    }
}
