package com.aeghash.console.internal;

import com.aeghash.common.web.ResultPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** The links to the previous and next page of a paged list: the current address with another {@code page}. */
record PageLinks(int page, String previous, String next) {

    static PageLinks of(HttpServletRequest request, ResultPage<?> shown) {
        return new PageLinks(
                shown.page(),
                shown.page() > 0 ? withPage(request, shown.page() - 1) : null,
                shown.hasMore() ? withPage(request, shown.page() + 1) : null);
    }

    private static String withPage(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }
}
