package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Keyset paging of a console list that can grow: {@code size + 1} rows are read from the cursor on (the extra one
 * only says that a next page exists), and the page links to the first page and to the next one, whose cursor (a
 * query parameter of the list's own name) is the position of the last row shown. The order is stable (a unique key
 * ends it), so rows added between two page loads never shift a page: nothing shown twice, nothing skipped.
 * Addresses are kept encoded ({@link #addressOf}); a position is encoded as it goes in.
 */
final class ConsolePaging {

    private ConsolePaging() {}

    /**
     * How a list is paged: its cursor parameter, the position of a row as the cursor text, and the words of its
     * links ({@code older} for a newest-first list, {@code next} for one in working order).
     */
    record Keyset<T>(String parameter, Function<T, String> position, String firstLabel, String nextLabel) {

        static <T> Keyset<T> newestFirst(String parameter, Function<T, String> position) {
            return new Keyset<>(parameter, position, "← newest", "older →");
        }

        static <T> Keyset<T> inOrder(String parameter, Function<T, String> position) {
            return new Keyset<>(parameter, position, "← first", "next →");
        }

        /** A list keyed by a numeric id. */
        static <T> Keyset<T> newestFirstById(String parameter, Function<T, Long> id) {
            return newestFirst(parameter, row -> Long.toString(id.apply(row)));
        }

        static <T> Keyset<T> inOrderById(String parameter, Function<T, Long> id) {
            return inOrder(parameter, row -> Long.toString(id.apply(row)));
        }
    }

    /** Reads at most {@code limit} rows after the position {@code cursor} (null: from the start). */
    @FunctionalInterface
    interface Rows<T> {
        List<T> after(String cursor, int limit);
    }

    /**
     * The page after {@code cursor} of at most {@code size} rows, its links made from {@code address} (the list's
     * page with its filters) with the cursor parameter replaced.
     */
    static <T> ConsolePage<T> read(
            Keyset<T> keyset, UriComponentsBuilder address, String cursor, int size, Rows<T> rows) {
        String from = Text.blankToNull(cursor);
        List<T> fetched = rows.after(from, size + 1);
        List<T> shown = fetched.size() > size ? fetched.subList(0, size) : fetched;
        String next = fetched.size() > size
                ? link(address, keyset.parameter(), keyset.position().apply(shown.get(size - 1)))
                : null;
        String first = from == null ? null : link(address, keyset.parameter(), null);
        return new ConsolePage<>(List.copyOf(shown), first, next, keyset.firstLabel(), keyset.nextLabel());
    }

    /** The address of the page being shown (a GET page: its path and every query parameter). */
    static UriComponentsBuilder addressOf(HttpServletRequest request) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }

    /**
     * The address of a list's page with its filters (null ones left out), for a fragment answered to a POST: the
     * links lead to the page, not to the POST.
     */
    static UriComponentsBuilder addressOf(String path, Map<String, String> filters) {
        UriComponentsBuilder address = UriComponentsBuilder.fromPath(path);
        filters.forEach((name, value) -> {
            if (value != null) {
                address.queryParam(name, UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
            }
        });
        return address;
    }

    /** A numeric cursor as typed into the address: {@code start} when absent, else a number or a 400. */
    static long number(String cursor, String parameter, long start) {
        String text = Text.blankToNull(cursor);
        if (text == null) {
            return start;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException malformed) {
            throw ApiException.validation(parameter, "is not a position in this list");
        }
    }

    private static String link(UriComponentsBuilder address, String parameter, String position) {
        UriComponentsBuilder link = address.cloneBuilder();
        if (position == null) {
            link.replaceQueryParam(parameter);
        } else {
            link.replaceQueryParam(parameter, UriUtils.encodeQueryParam(position, StandardCharsets.UTF_8));
        }
        return link.build().toUriString();
    }
}
