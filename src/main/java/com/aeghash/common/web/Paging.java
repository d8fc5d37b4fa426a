package com.aeghash.common.web;

import com.aeghash.common.ApiException;
import java.util.List;

/**
 * A bounded page of an offset-paged list: {@code ?cursor=&limit=} as every list ({@link CursorPage}), the cursor
 * holding the offset; the older {@code ?page=&size=} (pages from 0) still works. At most {@link #SIZE_MAX} items
 * a page and {@link #PAGE_MAX} pages deep (offset paging stays cheap only that far). Out of range is a 400.
 */
public record Paging(int offset, int size) {

    public static final int SIZE_MAX = 100;
    public static final int PAGE_MAX = 10_000;
    static final String CURSOR_KIND = "offset";

    public static Paging of(int page, int size) {
        if (page < 0 || page > PAGE_MAX) {
            throw ApiException.validation("page", "must be between 0 and " + PAGE_MAX);
        }
        if (size < 1 || size > SIZE_MAX) {
            throw ApiException.validation("size", "must be between 1 and " + SIZE_MAX);
        }
        return new Paging(page * size, size);
    }

    /** {@code cursor} and {@code limit} when given, else {@code page} and {@code size}. */
    public static Paging of(String cursor, Integer limit, int page, int size) {
        if ((cursor == null || cursor.isEmpty()) && limit == null) {
            return of(page, size);
        }
        int pageSize = CursorPage.limit(limit, size);
        long offset = CursorPage.position(cursor, CURSOR_KIND, 0);
        if (offset < 0 || offset > (long) PAGE_MAX * SIZE_MAX) {
            throw ApiException.validation("cursor", "is not a cursor this list answered");
        }
        return new Paging((int) offset, pageSize);
    }

    /** The page number the offset falls in (pages of this size, from 0). */
    public int page() {
        return offset / size;
    }

    /** Rows to fetch: one more than the page holds, which tells whether another page follows. */
    public int fetchSize() {
        return size + 1;
    }

    /** The page made of rows fetched with {@link #offset()} and {@link #fetchSize()}. */
    public <T> ResultPage<T> pageOf(List<T> fetched) {
        boolean hasMore = fetched.size() > size;
        String next = hasMore ? CursorPage.encode(CURSOR_KIND, (long) offset + size) : null;
        return new ResultPage<>(hasMore ? fetched.subList(0, size) : fetched, page(), size, hasMore, next);
    }
}
