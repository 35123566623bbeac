package vn.khien.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application maps (web pages and API alike), read from Spring's handler mappings so a
 * new controller method is a new route without anyone listing it.
 */
record Routes(List<Route> all) {

    /** How a call of the route carries its input when the matrix sends it without any. */
    enum Body {
        NONE,
        JSON,
        FORM,
        MULTIPART
    }

    record Route(RequestMethod method, String pattern, Body body) {

        String key() {
            return method + " " + pattern;
        }

        boolean writes() {
            return method != RequestMethod.GET && method != RequestMethod.HEAD;
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    static Routes of(Collection<RequestMappingHandlerMapping> mappings) {
        Map<String, Route> routes = new LinkedHashMap<>();
        for (RequestMappingHandlerMapping mapping : mappings) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod method : methods(info)) {
                        Route route = new Route(method, pattern, body(method, pattern, info, handler));
                        routes.putIfAbsent(route.key(), route);
                    }
                }
            });
        }
        List<Route> all = new ArrayList<>(routes.values());
        all.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return new Routes(List.copyOf(all));
    }

    private static Set<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
    }

    private static Body body(RequestMethod method, String pattern, RequestMappingInfo info, HandlerMethod handler) {
        if (method == RequestMethod.GET) {
            return Body.NONE;
        }
        boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                .anyMatch(type -> type.getSubtype().equals("form-data"));
        if (multipart) {
            return Body.MULTIPART;
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return Body.JSON;
            }
            if (org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                return Body.MULTIPART; // an upload form: browsers send it as multipart/form-data
            }
        }
        return pattern.startsWith("/api/") ? Body.NONE : Body.FORM;
    }
}
