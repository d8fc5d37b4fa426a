package com.aeghash.common.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of an offset-paged list: {@code items} and {@code next} as every list ({@link CursorPage}); {@code page},
 * {@code size} and {@code hasMore} stay for clients of the older {@code ?page=&size=} style.
 */
public record ResultPage<T>(List<T> items, int page, int size, boolean hasMore, String next) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public <R> ResultPage<R> map(Function<T, R> mapping) {
        return new ResultPage<>(items.stream().map(mapping).toList(), page, size, hasMore, next);
    }
}
