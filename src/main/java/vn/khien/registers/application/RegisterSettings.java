package vn.khien.registers.application;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.khien.registers.domain.ValidityLimits;

/**
 * The registers' settings (application.yaml, {@code khien.registers}). The 10 % threshold here only
 * colours the share on screen: the binding threshold is a parameter of the compliance pack.
 */
@ConfigurationProperties("khien.registers")
public record RegisterSettings(ItPlans itPlans, Credentials credentials, Workforce workforce) {

    public RegisterSettings {
        itPlans = itPlans == null ? new ItPlans(null) : itPlans;
        credentials = credentials == null ? new Credentials(null, 0) : credentials;
        workforce = workforce == null ? new Workforce(null) : workforce;
    }

    public record ItPlans(BigDecimal securityShareThreshold) {
        public ItPlans {
            securityShareThreshold = securityShareThreshold == null ? BigDecimal.TEN : securityShareThreshold;
        }
    }

    /** Decree 68/2024: new certificates up to 5 years, renewals up to 3; reminders this many days ahead. */
    public record Credentials(MaxValidityYears maxValidityYears, int expiringWindowDays) {
        public Credentials {
            maxValidityYears = maxValidityYears == null ? new MaxValidityYears(5, 3) : maxValidityYears;
            expiringWindowDays = expiringWindowDays <= 0 ? 60 : expiringWindowDays;
        }

        ValidityLimits limits() {
            return new ValidityLimits(maxValidityYears.newCertificate(), maxValidityYears.renewal());
        }
    }

    public record MaxValidityYears(int newCertificate, int renewal) {}

    public record Workforce(BigDecimal yearlyTrainingHours) {
        public Workforce {
            yearlyTrainingHours = yearlyTrainingHours == null ? BigDecimal.valueOf(40) : yearlyTrainingHours;
        }
    }
}
