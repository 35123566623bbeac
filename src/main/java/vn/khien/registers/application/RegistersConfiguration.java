package vn.khien.registers.application;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration
@EnableConfigurationProperties(RegisterSettings.class)
class RegistersConfiguration {

    /**
     * The published training-hours view carries the yearly target next to the hours, so the configured
     * target is written where the view reads it, before anything (the demo, the compliance engine) reads.
     */
    @Bean
    @Order(50)
    ApplicationRunner trainingTargetSync(JdbcClient jdbc, RegisterSettings settings) {
        return (ApplicationArguments args) -> jdbc.sql(
                        "UPDATE registers.workforce_setting SET yearly_training_hours = ?")
                .param(settings.workforce().yearlyTrainingHours())
                .update();
    }
}
