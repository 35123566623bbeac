package vn.khien.scoring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public pages as rendered, kept per tag (published version, list of years, table, page and
 * language): a published version never changes, so a page once rendered is sent again as it is. The
 * most recently used pages are kept, a bounded number, so guessed pages cannot fill the memory.
 */
@Component
class RenderedPages {

    private static final int KEPT = 512;

    private final ViewResolver views;
    private final Map<String, byte[]> pages = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    });

    RenderedPages(@Qualifier("thymeleafViewResolver") ViewResolver views) {
        this.views = views;
    }

    /** The page of the tag, rendered from the model {@code fill} gives when it is not kept yet. */
    ResponseEntity<byte[]> page(
            String tag,
            String viewName,
            Model model,
            Consumer<Model> fill,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        String key = request.getRequestURI() + " " + tag; // the page's own links name its path
        byte[] html = pages.get(key);
        if (html == null) {
            fill.accept(model);
            html = render(viewName, model, locale, request, response);
            pages.put(key, html);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .body(html);
    }

    private byte[] render(
            String viewName, Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        try {
            View view = views.resolveViewName(viewName, locale);
            ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
            view.render(model.asMap(), request, rendered);
            return rendered.getContentAsByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("scoring: the public page " + viewName + " could not be rendered", e);
        }
    }
}
