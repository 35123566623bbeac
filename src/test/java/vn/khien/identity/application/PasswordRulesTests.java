package vn.khien.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTests {

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordRules.problemWith("abc123", "nam")).contains("identity.password.error.too-short");
    }

    @Test
    void refusesPasswordsWithoutDigits() {
        assertThat(PasswordRules.problemWith("chicochukhongso", "nam"))
                .contains("identity.password.error.letters-and-digits");
    }

    @Test
    void refusesPasswordsContainingTheUserName() {
        assertThat(PasswordRules.problemWith("Canbo.Sonv-2026", "canbo.sonv"))
                .contains("identity.password.error.contains-username");
    }

    @Test
    void acceptsLongPasswordsWithLettersAndDigits() {
        assertThat(PasswordRules.problemWith("Mua-thu-Hue-2026", "nam")).isEmpty();
    }

    @Test
    void generatedPasswordsFollowTheRulesAndDiffer() {
        String first = PasswordRules.generate();
        assertThat(PasswordRules.problemWith(first, "admin")).isEmpty();
        assertThat(PasswordRules.generate()).isNotEqualTo(first);
    }
}
