package vn.khien.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.systems.KeySystemProduct;
import vn.khien.systems.ProductOrigin;
import vn.khien.systems.SystemDirectory;

/** The domestic-products roll-up reads products of e-government and level 3+ systems through the facade. */
@KhienIntegrationTest
class DomesticProductsIntegrationTests extends RegistersTestSupport {

    @Autowired
    SystemDirectory systems;

    @Test
    void rollsUpDomesticAndForeignProductsOfKeySystemsWithTheirJustification() throws Exception {
        String code = registerSystem("SNV.CPDT", "H57.02", "CITIZEN_SERVICE");
        postJson(COORDINATOR, "/api/v1/systems/" + code + "/products", """
                        {"product":"Tường lửa BKAV","vendor":"Bkav","category":"Tường lửa","origin":"DOMESTIC"}""").andExpect(status().isCreated());
        postJson(COORDINATOR, "/api/v1/systems/" + code + "/products", """
                        {"product":"Antivirus X","vendor":"Vendor X","category":"Mã độc","origin":"FOREIGN",
                         "justification":"Chưa có sản phẩm trong nước tương đương"}""").andExpect(status().isCreated());
        assertThat(systems.keySystemProducts("H57.02"))
                .filteredOn(p -> p.systemCode().equals(code))
                .extracting(KeySystemProduct::origin)
                .containsExactlyInAnyOrder(ProductOrigin.DOMESTIC, ProductOrigin.FOREIGN);
        getAs(OFFICER, "/registers/of-agency/H57.02")
                .andExpect(content().string(Matchers.containsString("Antivirus X")))
                .andExpect(content().string(Matchers.containsString("Chưa có sản phẩm trong nước tương đương")));
        assertThat(systems.keySystemProducts("H57.10"))
                .noneMatch(p -> p.systemCode().equals(code));
    }
}
