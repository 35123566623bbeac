package vn.khien.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

class StateTextTests {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final StaticMessageSource messages = new StaticMessageSource();
    private final StateText text = new StateText(messages);

    @BeforeEach
    void vietnamese() {
        LocaleContextHolder.setLocale(VIETNAMESE);
        messages.addMessage("audit.field.type", VIETNAMESE, "Loại");
        messages.addMessage("audit.field.decidedOn", VIETNAMESE, "Ngày quyết định");
        messages.addMessage("systems.type.CITIZEN_SERVICE", VIETNAMESE, "Phục vụ người dân");
        messages.addMessage("agencies.role.HEAD", VIETNAMESE, "Người đứng đầu cơ quan");
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aRecordedStateReadsWithLabelsForFieldsAndConstantsAndVietnameseDates() {
        assertThat(text.of("name=Cổng dịch vụ công, type=CITIZEN_SERVICE, decidedOn=2025-03-03"))
                .isEqualTo("name: Cổng dịch vụ công, Loại: Phục vụ người dân, Ngày quyết định: 03/03/2025");
    }

    @Test
    void aFieldNamedByAConstantGetsThatConstantsLabel() {
        assertThat(text.of("HEAD=Lê Quang Vinh, from=2021-03-01"))
                .isEqualTo("Người đứng đầu cơ quan: Lê Quang Vinh, from: 01/03/2021");
    }

    @Test
    void whatHasNoLabelIsShownAsRecorded() {
        assertThat(text.of("decision=2100/QĐ-UBND, kind=UNHEARD_OF"))
                .isEqualTo("decision: 2100/QĐ-UBND, kind: UNHEARD_OF");
        assertThat(text.of(null)).isNull();
    }

    @Test
    void anIpv6AddressIsWrittenInItsShortForm() {
        assertThat(text.address("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(text.address("2001:db8:0:0:0:0:2:1")).isEqualTo("2001:db8::2:1");
        assertThat(text.address("fe80:0:0:1:0:0:0:0")).isEqualTo("fe80:0:0:1::");
        assertThat(text.address("127.0.0.1")).isEqualTo("127.0.0.1");
    }
}
