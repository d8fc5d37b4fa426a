package com.aeghash.common.web;

import com.aeghash.common.ApiException;
import java.util.List;

/**
 * A bounded page of a list endpoint: pages numbered from 0, at most {@link #SIZE_MAX} items each, and at
 * most {@link #PAGE_MAX} pages deep (offset paging stays cheap only that far). Out of range is a 400.
 */
public record Paging(int page, int size) {

    public static final int SIZE_MAX = 100;
    public static final int PAGE_MAX = 10_000;

    public static Paging of(int page, int size) {
        if (page < 0 || page > PAGE_MAX) {
            throw ApiException.validation("page", "must be between 0 and " + PAGE_MAX);
        }
        if (size < 1 || size > SIZE_MAX) {
            throw ApiException.validation("size", "must be between 1 and " + SIZE_MAX);
        }
        return new Paging(page, size);
    }

    public int offset() {
        return page * size;
    }

    /** Rows to fetch: one more than the page holds, which tells whether another page follows. */
    public int fetchSize() {
        return size + 1;
    }

    /** The page made of rows fetched with {@link #offset()} and {@link #fetchSize()}. */
    public <T> ResultPage<T> pageOf(List<T> fetched) {
        boolean hasMore = fetched.size() > size;
        return new ResultPage<>(hasMore ? fetched.subList(0, size) : fetched, page, size, hasMore);
    }
}
