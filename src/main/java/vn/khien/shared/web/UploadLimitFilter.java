package vn.khien.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses an over-limit multipart upload by its declared length before Spring Security runs. Were
 * it left to the servlet container, the body (and the form's CSRF field in it) would not be parsed,
 * and the user would see "access denied" instead of "file too large". Uploads without a declared
 * length are still capped by the container and answered by {@link UploadLimitAdvice}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadLimitFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;
    private final MessageSource messages;
    private final LocaleResolver locales;

    UploadLimitFilter(
            @Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize maxRequestBytes,
            MessageSource messages,
            LocaleResolver locales) {
        this.maxRequestBytes = maxRequestBytes.toBytes();
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null
                && type.toLowerCase().startsWith("multipart/")
                && request.getContentLengthLong() > maxRequestBytes) {
            UploadTooLarge.respond(request, response, messages, locales.resolveLocale(request));
            return;
        }
        chain.doFilter(request, response);
    }
}
