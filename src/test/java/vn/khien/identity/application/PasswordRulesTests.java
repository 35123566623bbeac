package vn.khien.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTests {

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThat(PasswordRules.problemWith("Hue-2026-ab", "nam", "Nam", null))
                .contains("identity.password.error.too-short");
        assertThat(PasswordRules.problemWith("Password123", "nam", "Nam", null)).isPresent();
    }

    @Test
    void acceptsALongPassphraseWithoutDigitsOrCapitals() {
        assertThat(PasswordRules.problemWith("mây trắng bay qua đèo hải vân", "nam", "Nguyễn Văn Nam", null))
                .isEmpty();
    }

    @Test
    void refusesPasswordsContainingTheUserName() {
        assertThat(PasswordRules.problemWith("Canbo.Sonv-2026", "canbo.sonv"))
                .contains("identity.password.error.contains-username");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        for (String common : new String[] {"password1234", "PASSWORD1234", "QwertyUiop123", "1qaz2wsx3edc"}) {
            assertThat(PasswordRules.problemWith(common, "nam", "Nam", null))
                    .as(common)
                    .contains("identity.password.error.common");
        }
    }

    @Test
    void refusesACommonPasswordWithDigitsOrSymbolsAroundIt() {
        for (String common : new String[] {"Sunshine-2026", "!!Football2026", "Iloveyou12345", "matkhau123456"}) {
            assertThat(PasswordRules.problemWith(common, "nam", "Nam", null))
                    .as(common)
                    .contains("identity.password.error.common");
        }
    }

    @Test
    void refusesRepeatedAndSequentialCharacters() {
        for (String pattern : new String[] {"aaaaaa111111", "abcabcabcabc1", "abcdefgh12345", "a1a1a1a1a1a1"}) {
            assertThat(PasswordRules.problemWith(pattern, "nam", "Nam", null))
                    .as(pattern)
                    .contains("identity.password.error.common");
        }
    }

    @Test
    void refusesPasswordsContainingTheNameOrEmailWhateverTheirAccentsAndCase() {
        String[] owner = {"khoa.le", "Lê Văn Khóa", "levankhoa.hue@hue.gov.vn"};
        for (String personal : new String[] {"LEVANKHOA-1990", "Khóa-Hương-1990", "Levankhoa.Hue-77"}) {
            assertThat(PasswordRules.problemWith(personal, owner[0], owner[1], owner[2]))
                    .as(personal)
                    .contains("identity.password.error.contains-personal");
        }
    }

    @Test
    void acceptsLongPasswordsWithLettersAndDigits() {
        assertThat(PasswordRules.problemWith("Mua-thu-Hue-2026", "nam", "Nam", null))
                .isEmpty();
    }

    @Test
    void theDemoAndTestPasswordsStillPass() {
        assertThat(PasswordRules.problemWith("Khien-Demo-2026", "giamsat", "Bùi Thanh Hà", "giamsat@demo.khien.vn"))
                .isEmpty();
        assertThat(PasswordRules.problemWith("Khien-Demo-2026", "congan", "Huỳnh Văn Khoa", "congan@demo.khien.vn"))
                .isEmpty();
        assertThat(PasswordRules.problemWith("Bao-Ve-Tinh-2026", "admin", "Quản trị hệ thống", null))
                .isEmpty();
        assertThat(PasswordRules.problemWith("Song-Huong-2026", "khoa.1", "Lê Văn Khóa", "khoa.1@hue.gov.vn"))
                .isEmpty();
    }

    @Test
    void generatedPasswordsFollowTheRulesAndDiffer() {
        String first = PasswordRules.generate();
        assertThat(PasswordRules.problemWith(first, "admin", "Quản trị hệ thống", null))
                .isEmpty();
        assertThat(PasswordRules.generate()).isNotEqualTo(first);
    }
}
