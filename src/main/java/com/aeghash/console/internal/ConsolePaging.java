package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
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
 * A list paged both ways also links to the previous page: its cursor (a second parameter) is the position of the
 * first row shown, and the rows before it are read nearest first. Addresses are kept encoded ({@link #addressOf}); a
 * position is encoded as it goes in.
 */
final class ConsolePaging {

    private ConsolePaging() {}

    /**
     * How a list is paged: its cursor parameter, the position of a row as the cursor text, and the words of its
     * links ({@code older} for a newest-first list, {@code next} for one in working order); {@code backParameter}
     * is the cursor of the previous page, null for a list paged forward only.
     */
    record Keyset<T>(
            String parameter,
            Function<T, String> position,
            String firstLabel,
            String nextLabel,
            String backParameter,
            String previousLabel) {

        static <T> Keyset<T> newestFirst(String parameter, Function<T, String> position) {
            return new Keyset<>(parameter, position, "← newest", "older →", null, null);
        }

        static <T> Keyset<T> inOrder(String parameter, Function<T, String> position) {
            return new Keyset<>(parameter, position, "← first", "next →", null, null);
        }

        /** The same list paged both ways, {@code backParameter} the cursor of a previous page. */
        Keyset<T> withPrevious(String backParameter) {
            return new Keyset<>(
                    parameter,
                    position,
                    firstLabel,
                    nextLabel,
                    backParameter,
                    firstLabel.startsWith("← newest") ? "← newer" : "← previous");
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
        return new ConsolePage<>(List.copyOf(shown), first, null, next, keyset.firstLabel(), null, keyset.nextLabel());
    }

    /**
     * A page of a list paged both ways ({@link Keyset#withPrevious}): the rows before {@code backCursor} when it is
     * given ({@code rowsBefore} reads them nearest first), else the page after {@code cursor}. A page or less before
     * the back cursor is the start of the list: exactly those rows are shown (none repeated from the page the operator
     * came from), without links to the first or previous page.
     */
    static <T> ConsolePage<T> read(
            Keyset<T> keyset,
            UriComponentsBuilder address,
            String cursor,
            String backCursor,
            int size,
            Rows<T> rows,
            Rows<T> rowsBefore) {
        String before = Text.blankToNull(backCursor);
        UriComponentsBuilder forward = without(address, keyset.backParameter());
        if (before == null) {
            return withPrevious(keyset, forward, read(keyset, forward, cursor, size, rows));
        }
        List<T> fetched = rowsBefore.after(before, size + 1);
        UriComponentsBuilder start = without(forward, keyset.parameter());
        boolean firstPage = fetched.size() <= size;
        List<T> shown = new ArrayList<>(firstPage ? fetched : fetched.subList(0, size));
        Collections.reverse(shown);
        return new ConsolePage<>(
                List.copyOf(shown),
                firstPage ? null : link(start, keyset.parameter(), null),
                firstPage
                        ? null
                        : link(start, keyset.backParameter(), keyset.position().apply(shown.get(0))),
                shown.isEmpty()
                        ? null
                        : link(start, keyset.parameter(), keyset.position().apply(shown.get(shown.size() - 1))),
                keyset.firstLabel(),
                keyset.previousLabel(),
                keyset.nextLabel());
    }

    /** A page read forward with the link to the page before its first row (none on the first page). */
    private static <T> ConsolePage<T> withPrevious(
            Keyset<T> keyset, UriComponentsBuilder address, ConsolePage<T> page) {
        String previous = page.first() == null || page.isEmpty()
                ? null
                : link(
                        without(address, keyset.parameter()),
                        keyset.backParameter(),
                        keyset.position().apply(page.items().get(0)));
        return new ConsolePage<>(
                page.items(),
                page.first(),
                previous,
                page.next(),
                page.firstLabel(),
                keyset.previousLabel(),
                page.nextLabel());
    }

    private static UriComponentsBuilder without(UriComponentsBuilder address, String parameter) {
        return address.cloneBuilder().replaceQueryParam(parameter);
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
