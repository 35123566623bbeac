package vn.khien;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(KhienApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
