package vn.khien.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.khien.monitoring.application.AssetIndex;
import vn.khien.support.SignedIn;
import vn.khien.systems.AssetKind;
import vn.khien.systems.MonitoredAsset;
import vn.khien.systems.SystemDirectory;

/** Tokens, alert posts and demo systems' addresses for the monitoring integration tests. */
abstract class MonitoringTestSupport {

    static final String PROVIDER = "DV.GIAMSAT-DEMO";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    SystemDirectory systems;

    @Autowired
    AssetIndex index;

    protected RequestPostProcessor as(String username) {
        var signedIn = SignedIn.as(users, username);
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    /** A new token for the organisation, issued by the coordinator through the API. */
    protected String issueToken(String organisation) throws Exception {
        String body = mvc.perform(post("/api/v1/api-tokens")
                        .with(as("dieuphoi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationCode\":\"%s\",\"name\":\"test sensor\"}".formatted(organisation)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    protected ResultActions postAlerts(String token, String format, String body) throws Exception {
        return mvc.perform(post("/api/v1/alerts")
                .param("format", format)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType("application/x-ndjson")
                .content(body));
    }

    /** An address inside a demo system's range, served (or not) by the organisation. */
    protected MonitoredAsset demoRange(String organisation, boolean served) {
        index.refresh();
        List<MonitoredAsset> ranges = systems.monitoredAssets().stream()
                .filter(a -> a.kind() == AssetKind.CIDR
                        && a.value().endsWith("/24")
                        && a.value().startsWith("10.57."))
                .filter(a -> a.servedBy().contains(organisation) == served)
                .toList();
        return ranges.get(ranges.size() / 2);
    }

    protected static String hostIn(MonitoredAsset range, int host) {
        String prefix = range.value().substring(0, range.value().lastIndexOf('.'));
        return prefix + "." + host;
    }
}
