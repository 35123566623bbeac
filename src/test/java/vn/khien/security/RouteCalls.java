package vn.khien.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.khien.security.Routes.Route;

/**
 * One call of a route as the matrix sends it (no input but {@link RouteInputs}, with a CSRF token, the
 * API asked for JSON and pages for HTML), and its answer read as a cell of the matrix.
 */
final class RouteCalls {

    private final MockMvc mvc;

    /** The first exception behind each route's 500, to name the defect. */
    final Map<String, String> serverErrors = new TreeMap<>();

    RouteCalls(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Sends one call; its outcome as a matrix cell names it. */
    String outcome(Route route, String path, RequestPostProcessor caller, String name) {
        try {
            HttpMethod method = HttpMethod.valueOf(route.method().name());
            AbstractMockHttpServletRequestBuilder<?> request = MockMvcRequestBuilders.request(method, URI.create(path));
            if (route.body() == Routes.Body.MULTIPART) {
                var upload = MockMvcRequestBuilders.multipart(method, URI.create(path));
                request = RouteInputs.carriesAFile(route.key()) ? upload.file(RouteInputs.PDF) : upload;
            }
            request.with(caller).with(csrf());
            request.accept(route.api() ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
            switch (route.body()) {
                case JSON ->
                    request.contentType(MediaType.APPLICATION_JSON)
                            .content(RouteInputs.JSON.getOrDefault(route.key(), "{}"));
                case FORM -> {
                    request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
                    RouteInputs.FORM.getOrDefault(route.key(), Map.of()).forEach(request::param);
                }
                default -> {}
            }
            return outcome(mvc.perform(request).andReturn().getResponse());
        } catch (Exception e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            serverErrors.putIfAbsent(route.key(), name + ": " + cause);
            return "500";
        }
    }

    static String outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status == 401 || (status / 100 == 3 && location != null && location.contains("/login"))) {
            return "login";
        }
        if (status == 403 || status == 404) {
            return Integer.toString(status);
        }
        if (status >= 500) {
            return "500";
        }
        return status >= 400 ? "bad" : "ok";
    }
}
