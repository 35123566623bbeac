package vn.khien.assessments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;
import static vn.khien.support.Generators.anyTexts;
import static vn.khien.support.Generators.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The CVSS parser never throws, accepts every well-formed base vector in any order, and keeps it as written. */
class CvssVectorPropertyTests {

    @Test
    void anyTextIsEitherAcceptedUnchangedOrRefused() {
        cases(1000)
                .forAll(anyTexts(255))
                .checkAssert(text ->
                        CvssVector.parse(text).ifPresent(v -> assertThat(v).isEqualTo(text.strip())));
    }

    @Test
    void everyCompleteBaseVectorIsAccepted() {
        cases(1000)
                .forAll(baseVectors())
                .checkAssert(vector -> assertThat(CvssVector.parse(vector)).contains(vector));
    }

    @Test
    void aVectorMissingABaseMetricIsRefused() {
        cases(1000).forAll(baseVectors()).checkAssert(vector -> {
            String withoutLast = vector.substring(0, vector.lastIndexOf('/'));
            assertThat(CvssVector.parse(withoutLast)).isEmpty();
        });
    }

    @Test
    void refusesRepeatedMetricsUnknownValuesAndOtherVersions() {
        assertThat(CvssVector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
                .isPresent();
        assertThat(CvssVector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:F"))
                .isPresent();
        assertThat(CvssVector.parse("CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
                .isEmpty();
        assertThat(CvssVector.parse("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
                .isEmpty();
        assertThat(CvssVector.parse("CVSS:2.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
                .isEmpty();
        assertThat(CvssVector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/"))
                .isEmpty();
    }

    /** Every base metric once, each with one of its values, in a shuffled order. */
    private static Gen<String> baseVectors() {
        Map<String, Set<String>> base = CvssVector.baseMetrics();
        return longs().all().map(seed -> {
            Random random = new Random(seed);
            List<String> parts = new ArrayList<>();
            base.forEach((metric, values) -> {
                List<String> choices = List.copyOf(values);
                parts.add(metric + ":" + choices.get(random.nextInt(choices.size())));
            });
            Collections.shuffle(parts, random);
            return (random.nextBoolean() ? "CVSS:3.1/" : "CVSS:3.0/") + String.join("/", parts);
        });
    }
}
