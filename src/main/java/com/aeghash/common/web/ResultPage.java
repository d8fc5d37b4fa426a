package com.aeghash.common.web;

import java.util.List;

/** One page of a list endpoint; {@code hasMore} says whether the next page has items. */
public record ResultPage<T>(List<T> items, int page, int size, boolean hasMore) {

    public ResultPage {
        items = List.copyOf(items);
    }
}
