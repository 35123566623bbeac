package vn.khien.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application context shared by integration tests: the whole application on the embedded
 * PostgreSQL with the demo province loaded. Keeping one configuration lets Spring cache it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
public @interface KhienIntegrationTest {

    /** Password of the demo users (README, demo section). */
    String DEMO_PASSWORD = "Khien-Demo-2026";
}
