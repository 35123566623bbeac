package vn.khien.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static vn.khien.support.Generators.anyTexts;
import static vn.khien.support.Generators.cases;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.khien.reports.ReportKind;

/** The format parser and the period arithmetic over many inputs. */
class ReportPropertyTests {

    @Test
    void aFormatIsParsedOnlyFromItsExtensionInAnyCaseWithSpaces() {
        cases(300).forAll(anyTexts(8)).checkAssert(text -> {
            var parsed = DocumentFormat.parse(text);
            String plain = text.strip().toLowerCase(Locale.ROOT);
            assertThat(parsed.isPresent())
                    .isEqualTo(plain.equals("pdf") || plain.equals("docx") || plain.equals("xlsx"));
            parsed.ifPresent(format -> assertThat(format.extension()).isEqualTo(plain));
        });
        assertThat(DocumentFormat.parse(" PDF ")).contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.parse(null)).isEmpty();
    }

    @Test
    void aSubmissionIsLateExactlyAfterTheLastDayOnTimeForEveryKindAndYear() {
        cases(300)
                .forAll(
                        integers().between(2000, 2100),
                        integers().between(0, 400),
                        integers().between(0, 2))
                .checkAssert((year, dayOfYear, which) -> {
                    ReportKind kind = ReportKind.values()[which];
                    Integer half = kind == ReportKind.PROVINCIAL_LEVEL5_HALF_YEAR ? 1 + dayOfYear % 2 : null;
                    var period = new ReportPeriod(kind, year, half);
                    LocalDate day = LocalDate.of(year, 1, 1).plusDays(dayOfYear);
                    assertThat(period.lateOn(day)).isEqualTo(!day.isBefore(period.dueBefore()));
                    assertThat(period.defaultCutOff(day)).isBeforeOrEqualTo(day);
                    assertThat(period.lastDayOnTime())
                            .isEqualTo(period.dueBefore().minusDays(1));
                });
    }
}
