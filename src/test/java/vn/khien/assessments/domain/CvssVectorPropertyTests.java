package vn.khien.assessments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The CVSS parser never throws, accepts every well-formed base vector in any order, and keeps it as written. */
class CvssVectorPropertyTests {

    @Property
    void anyTextIsEitherAcceptedUnchangedOrRefused(@ForAll String text) {
        CvssVector.parse(text).ifPresent(v -> assertThat(v).isEqualTo(text.strip()));
    }

    @Property
    void everyCompleteBaseVectorIsAccepted(@ForAll("baseVectors") String vector) {
        assertThat(CvssVector.parse(vector)).contains(vector);
    }

    @Property
    void aVectorMissingABaseMetricIsRefused(@ForAll("baseVectors") String vector) {
        String withoutLast = vector.substring(0, vector.lastIndexOf('/'));
        assertThat(CvssVector.parse(withoutLast)).isEmpty();
    }

    @Example
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

    @Provide
    Arbitrary<String> baseVectors() {
        Map<String, Set<String>> base = CvssVector.baseMetrics();
        return Arbitraries.randoms().map(random -> {
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
