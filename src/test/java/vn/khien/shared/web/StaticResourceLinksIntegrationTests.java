package vn.khien.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import vn.khien.support.KhienIntegrationTest;
import vn.khien.support.SignedIn;

/**
 * Every link a page writes passes through the resource URL provider, which looks the path up in the
 * classpath when a static-resource pattern matches it. With static files under {@code /**} that was
 * every link (hundreds on the dashboard), each a jar look-up; static files now live under prefixes of
 * their own, so a page link matches no resource pattern and costs nothing.
 */
@KhienIntegrationTest
class StaticResourceLinksIntegrationTests {

    private static final Pattern LINK = Pattern.compile("(?:href|src|action|hx-get|hx-post)=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ResourceUrlProvider resources;

    @Test
    void noPageLinkOfTheDashboardIsLookedUpAsAStaticResource() throws Exception {
        String page = mvc.perform(get("/compliance").with(SignedIn.as(accounts, "dieuphoi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> pageLinks = new ArrayList<>();
        List<String> assetLinks = new ArrayList<>();
        Matcher link = LINK.matcher(page);
        while (link.find()) {
            String path = link.group(1).replace("&amp;", "&").split("[?#]", -1)[0];
            if (path.startsWith("/assets/") || path.startsWith("/webjars/")) {
                assetLinks.add(path);
            } else if (path.startsWith("/")) {
                pageLinks.add(path);
            }
        }
        assertThat(pageLinks).hasSizeGreaterThan(100);
        var matcher = new AntPathMatcher();
        for (String pattern : resources.getHandlerMap().keySet()) {
            assertThat(pageLinks)
                    .as("page links matched by the static-resource pattern %s", pattern)
                    .noneMatch(path -> matcher.match(pattern, path));
        }
        assertThat(assetLinks).isNotEmpty();
    }

    @Test
    void staticFilesAreLinkedWithAContentVersionAndCachedForAYear() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        Matcher css = Pattern.compile("href=\"(/assets/css/khien-[0-9a-f]{32}\\.css)\"")
                .matcher(page);
        assertThat(css.find()).as("versioned stylesheet link in %s", page).isTrue();
        mvc.perform(get(css.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("max-age=31536000")));
        Matcher bootstrap = Pattern.compile(
                        "href=\"(/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min-[0-9a-f]{32}\\.css)\"")
                .matcher(page);
        assertThat(bootstrap.find())
                .as("webjar link with its version and content hash in %s", page)
                .isTrue();
        mvc.perform(get(bootstrap.group(1))).andExpect(status().isOk());
    }
}
