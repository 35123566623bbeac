package vn.khien.monitoring.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.khien.shared.ObjectNotFoundException;
import vn.khien.shared.ObjectVisibility;

/** Audit history: a roll-up's to whoever sees the roll-up; promotion rules' to those who promote. */
@Configuration(proxyBeanMethods = false)
class AlertVisibility {

    @Bean
    ObjectVisibility rollupVisibility(AlertQueries queries) {
        return new ObjectVisibility() {
            @Override
            public String objectType() {
                return "alert-rollup";
            }

            @Override
            public boolean maySee(String objectId) {
                try {
                    queries.rollup(Long.parseLong(objectId));
                    return true;
                } catch (ObjectNotFoundException | NumberFormatException e) {
                    return false;
                }
            }
        };
    }

    @Bean
    ObjectVisibility promotionRuleVisibility(AlertAccess access) {
        return new ObjectVisibility() {
            @Override
            public String objectType() {
                return "promotion-rule";
            }

            @Override
            public boolean maySee(String objectId) {
                return access.isCoordinator();
            }
        };
    }
}
