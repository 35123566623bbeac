package vn.khien.agencies.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.agencies.RegistryAccess;
import vn.khien.shared.ObjectVisibility;

/** The registry's queries and an agency's history show only the agencies the user may see. */
@Configuration(proxyBeanMethods = false)
class Visibility {

    /** For a query over {@code agencies.agency a}, with {@link RegistryAccess#sqlParameters()}. */
    static final String CONDITION = RegistryAccess.AGENCIES.where("a");

    @Bean
    ObjectVisibility agencyVisibility(RegistryAccess access) {
        return ObjectVisibility.of("agency", access::maySee);
    }
}
