package vn.khien.shared.web;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the REST API as Spring maps it: method, path pattern, path variables, query
 * parameters with their Java types and the type of the JSON body, read from the handler methods so a
 * new endpoint is fuzzed without anyone listing it.
 */
record ApiEndpoints(List<Endpoint> all) {

    /**
     * Routes left out because a hostile but valid-looking value would change shared state other
     * tests rely on (the coordinator's own notifications), not because they are safe to skip.
     */
    private static final Set<String> LEFT_OUT = Set.of("POST /api/v1/notifications/read-all");

    record Endpoint(
            RequestMethod method,
            String pattern,
            List<String> pathVariables,
            List<Field> query,
            Type body,
            boolean multipart) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    record Field(String name, Type type) {}

    static ApiEndpoints of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                for (RequestMethod method : methods(info)) {
                    Endpoint endpoint = endpoint(method, pattern, info, handler);
                    if (!LEFT_OUT.contains(endpoint.toString())) {
                        endpoints.add(endpoint);
                    }
                }
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return new ApiEndpoints(List.copyOf(endpoints));
    }

    private static Set<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
    }

    private static Endpoint endpoint(
            RequestMethod method, String pattern, RequestMappingInfo info, HandlerMethod handler) {
        List<String> pathVariables = new ArrayList<>();
        List<Field> query = new ArrayList<>();
        Type body = null;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (path != null) {
                pathVariables.add(name(path.value(), parameter));
            } else if (param != null && !MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                query.add(new Field(name(param.value(), parameter), parameter.getGenericParameterType()));
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                body = parameter.getGenericParameterType();
            }
        }
        boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                .anyMatch(type -> type.getSubtype().equals("form-data"));
        return new Endpoint(method, pattern, List.copyOf(pathVariables), List.copyOf(query), body, multipart);
    }

    private static String name(String declared, MethodParameter parameter) {
        return declared.isEmpty() ? parameter.getParameterName() : declared;
    }
}
