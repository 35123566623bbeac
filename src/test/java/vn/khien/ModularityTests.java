package vn.khien;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(KhienApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** Incidents declares the clock port, compliance implements it and reads the clock view: one direction. */
    @Test
    void complianceDependsOnIncidentsAndIncidentsNeverOnCompliance() {
        var incidents = modules.getModuleByName("incidents").orElseThrow();
        var compliance = modules.getModuleByName("compliance").orElseThrow();
        assertThat(incidents.getAllDependencies(modules).contains(compliance)).isFalse();
        assertThat(compliance.getDirectDependencies(modules).contains(incidents))
                .isTrue();
    }

    /** Monitoring declares the threat-indicator port, sharing implements it and reads the sightings: one direction. */
    @Test
    void sharingDependsOnMonitoringAndMonitoringNeverOnSharing() {
        var monitoring = modules.getModuleByName("monitoring").orElseThrow();
        var sharing = modules.getModuleByName("sharing").orElseThrow();
        assertThat(monitoring.getAllDependencies(modules).contains(sharing)).isFalse();
        assertThat(sharing.getDirectDependencies(modules).contains(monitoring)).isTrue();
    }
}
