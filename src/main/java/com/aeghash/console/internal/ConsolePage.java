package com.aeghash.console.internal;

import java.util.List;

/**
 * One page of a console list read by {@link ConsolePaging}: its rows, the link to the first page (null on it), to
 * the previous one (null on the first page, and for a list paged forward only) and to the next one (null on the
 * last), with the words the pager shows for them.
 */
record ConsolePage<T>(
        List<T> items,
        String first,
        String previous,
        String next,
        String firstLabel,
        String previousLabel,
        String nextLabel) {

    boolean isEmpty() {
        return items.isEmpty();
    }
}
