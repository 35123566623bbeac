package vn.khien.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdministrativeLayoutTests {

    @Test
    void padsDaysBelowTenAndOnlyTheFirstTwoMonthsWithAZero() {
        assertThat(AdministrativeLayout.dateLine("Huế", LocalDate.of(2026, 12, 5)))
                .isEqualTo("Huế, ngày 05 tháng 12 năm 2026");
        assertThat(AdministrativeLayout.dateLine("Huế", LocalDate.of(2027, 2, 14)))
                .isEqualTo("Huế, ngày 14 tháng 02 năm 2027");
        assertThat(AdministrativeLayout.dateLine("Huế", LocalDate.of(2027, 3, 1)))
                .isEqualTo("Huế, ngày 01 tháng 3 năm 2027");
    }

    @Test
    void leavesDotsForAMissingPlaceOrDate() {
        assertThat(AdministrativeLayout.dateLine(null, null))
                .isEqualTo(".........., ngày .......... tháng .......... năm ..........");
    }

    @Test
    void listsItemsWithDashesSemicolonsAndAFinalFullStop() {
        assertThat(AdministrativeLayout.listed(List.of("Như trên", " ", "- UBND tỉnh;", "Lưu: VT")))
                .containsExactly("- Như trên;", "- UBND tỉnh;", "- Lưu: VT.");
    }

    @Test
    void putsOneAddresseeOnTheKinhGuiLineAndSeveralBelowIt() {
        assertThat(AdministrativeLayout.addresseeLines(List.of("Cục An toàn thông tin")))
                .containsExactly("Kính gửi: Cục An toàn thông tin");
        assertThat(AdministrativeLayout.addresseeLines(List.of("Bộ Công an", "Cục An toàn thông tin")))
                .containsExactly("Kính gửi:", "- Bộ Công an;", "- Cục An toàn thông tin.");
        assertThat(AdministrativeLayout.addresseeLines(List.of())).isEmpty();
    }

    @Test
    void upperCasesVietnameseLettersAndSplitsThePositionIntoLines() {
        assertThat(AdministrativeLayout.upper("đoàn thể đắk lắk")).isEqualTo("ĐOÀN THỂ ĐẮK LẮK");
        assertThat(AdministrativeLayout.positionLines(
                        new OfficialDocument.Signature("kt. giám đốc\nphó giám đốc", "A")))
                .containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
    }
}
