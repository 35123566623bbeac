package vn.khien.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTests {

    private final PdfFonts fonts = new PdfFonts();

    @Test
    void dropsCharactersXmlForbidsAndKeepsLineBreaks() {
        assertThat(SafeText.clean("a\u0000b\u0007c\r\nd\te\uFFFEf\uD800g")).isEqualTo("abc\nd efg");
        assertThat(SafeText.clean(null)).isEmpty();
    }

    @Test
    void composesVietnameseTypedAsLettersAndMarks() {
        assertThat(SafeText.clean("Vie\u0323\u0302t")).isEqualTo("Việt");
    }

    @Test
    void showsWhatTheEmbeddedFontCannotDrawAsQuestionMarks() {
        assertThat(fonts.printable("Sự cố 🔥 ắ ệ ữ ộ ỳ đ Đ")).isEqualTo("Sự cố ? ắ ệ ữ ộ ỳ đ Đ");
    }
}
