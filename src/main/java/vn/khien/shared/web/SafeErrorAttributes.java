package vn.khien.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Error details shown to users and API clients: status, title and the request id, in the shape of
 * RFC 9457 problem details. Never the exception, its message or a stack trace.
 */
@Component
class SafeErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> defaults = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        Map<String, Object> safe = new LinkedHashMap<>();
        safe.put("type", "about:blank");
        safe.put("title", defaults.get("error"));
        safe.put("status", defaults.get("status"));
        safe.put("instance", defaults.get("path"));
        Object requestId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (requestId != null) {
            safe.put("requestId", requestId);
        }
        return safe;
    }
}
