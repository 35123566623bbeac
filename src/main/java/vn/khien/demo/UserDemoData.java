package vn.khien.demo;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.khien.identity.NewUser;
import vn.khien.identity.Role;
import vn.khien.identity.UserProvisioning;

/** A few demo users per role, in agencies of the demo province; passwords are listed in the README. */
@Component
class UserDemoData implements DemoDataset {

    static final String DEMO_PASSWORD = "Khien-Demo-2026";
    /** A demo user no real installation has: while it exists, the demo is loaded. */
    static final String RESPONDER = "ungcuu";

    private static final Logger log = LoggerFactory.getLogger(UserDemoData.class);
    private final UserProvisioning management;

    UserDemoData(UserProvisioning management) {
        this.management = management;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        List.of(
                        demo("dieuphoi", "Trần Thị Điều Phối", Role.COORDINATOR_ADMIN, "H57.08", false),
                        demo(RESPONDER, "Lê Văn Ứng Cứu", Role.RESPONDER, "H57.08", false),
                        demo("canbo.sonv", "Nguyễn Văn An", Role.AGENCY_OFFICER, "H57.02", false),
                        demo("giamdoc.sonv", "Phạm Thị Bình", Role.AGENCY_HEAD, "H57.02", true),
                        demo("canbo.syt", "Hoàng Minh Châu", Role.AGENCY_OFFICER, "H57.10", true),
                        demo("canbo.thuanhoa", "Võ Thị Dung", Role.AGENCY_OFFICER, "H57.P01", false),
                        demo("danhgia", "Đặng Quốc Đạt", Role.ASSESSOR, "DG.KIEMDINH-DEMO", false),
                        demo("giamsat", "Bùi Thanh Hà", Role.PROVIDER, "DV.GIAMSAT-DEMO", false),
                        demo("congan", "Huỳnh Văn Khoa", Role.OBSERVER, "H57.16", false))
                .forEach(management::create);
        // issue 22, item 10: no password in the log, not even the demo's published one
        log.info("Demo users created; their password is in the README, demo section");
    }

    private static NewUser demo(String username, String name, Role role, String agency, boolean units) {
        return new NewUser(username, name, username + "@demo.khien.vn", Set.of(role), agency, units, DEMO_PASSWORD);
    }
}
