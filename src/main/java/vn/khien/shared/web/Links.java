package vn.khien.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links for templates ({@code @links}): the current page with another page number, filters kept. */
@Component("links")
public class Links {

    public String page(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .encode()
                .toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }
}
