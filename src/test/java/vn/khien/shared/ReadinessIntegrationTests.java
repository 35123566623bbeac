package vn.khien.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.khien.support.KhienIntegrationTest;

/**
 * Issue 22, item 9: a load balancer or a start script waits for {@code /actuator/health/readiness},
 * which is up only when the start's work is done; {@code /actuator/health/liveness} is separate.
 */
@KhienIntegrationTest
class ReadinessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readinessIsUpOnceTheFirstAdministratorAndTheDemoProvinceAreThere() throws Exception {
        assertThat(jdbc.sql("SELECT count(*) FROM identity.user_account WHERE username IN ('admin', 'ungcuu')")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void aNodeRefusingTrafficIsNotReadyButStaysAlive() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            mvc.perform(get("/actuator/health/readiness"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
            mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void theFirstAdministratorAndTheDemoLoadRunBeforeSpringBootAcceptsTraffic() {
        // Spring Boot runs every ApplicationRunner before it publishes ReadinessState.ACCEPTING_TRAFFIC; a
        // start step moved to an event listener or a background thread would leave readiness up too early
        assertThat(context.getBeansOfType(ApplicationRunner.class).values())
                .extracting(runner -> org.springframework.aop.support.AopUtils.getTargetClass(runner)
                        .getSimpleName())
                .contains("AdminBootstrap", "DemoLoader", "PackLoader", "CriteriaSetLoader");
    }
}
