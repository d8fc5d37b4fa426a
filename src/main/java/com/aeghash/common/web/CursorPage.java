package com.aeghash.common.web;

import com.aeghash.common.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One page of a list that can grow, the one pagination style of the API: {@code items}, and {@code next}, the opaque
 * cursor of the following page ({@code null} on the last one). A client asks {@code ?limit=} (1 to {@link #LIMIT_MAX})
 * and then {@code ?cursor=<next>} with the same filters; it never reads or builds a cursor. A cursor is a keyset
 * position (the last id shown; an offset for {@link Paging}) of its kind, so pages stay correct while rows are added; docs/DEVELOPING.md, Lists.
 */
public record CursorPage<T>(List<T> items, String next) {

    public static final int LIMIT_MAX = Paging.SIZE_MAX;

    public CursorPage {
        items = List.copyOf(items);
    }

    /** The requested page size: {@code limit}, or the endpoint's default; outside 1..{@link #LIMIT_MAX} a 400. */
    public static int limit(Integer limit, int defaultLimit) {
        return limit(limit, defaultLimit, LIMIT_MAX);
    }

    /** The requested page size of a list that allows up to {@code max} (below its service's own cap). */
    public static int limit(Integer limit, int defaultLimit, int max) {
        int wanted = limit == null ? defaultLimit : limit;
        if (wanted < 1 || wanted > max) {
            throw ApiException.validation("limit", "must be between 1 and " + max);
        }
        return wanted;
    }

    /**
     * A list paged by a keyset: the cursors' kind (so one list's cursor is refused by another), the position before
     * its first row ({@code Long.MAX_VALUE} newest first by id, {@code 0} oldest first) and the position of a row.
     */
    public record Keyset<T>(String kind, long start, ToLongFunction<T> position) {}

    /** Reads rows from a position (exclusive), at most a limit of them, in the list's order. */
    @FunctionalInterface
    public interface Rows<T> {
        List<T> from(long position, int limit);
    }

    /**
     * The page after the cursor: {@code limit + 1} rows are read, the extra one only says that another page follows,
     * whose cursor is the position of the last row shown. The service behind {@code rows} must cap above 100.
     */
    public static <T> CursorPage<T> read(Keyset<T> keyset, String cursor, int limit, Rows<T> rows) {
        List<T> fetched = rows.from(position(cursor, keyset.kind(), keyset.start()), limit + 1);
        return of(fetched, limit, keyset.kind(), keyset.position());
    }

    static <T> CursorPage<T> of(List<T> fetched, int limit, String kind, ToLongFunction<T> position) {
        if (fetched.size() <= limit) {
            return new CursorPage<>(fetched, null);
        }
        List<T> shown = fetched.subList(0, limit);
        return new CursorPage<>(shown, encode(kind, position.applyAsLong(shown.get(limit - 1))));
    }

    /** The position a cursor of this kind holds, or {@code start} without a cursor; another text is a 400. */
    public static long position(String cursor, String kind, long start) {
        if (cursor == null || cursor.isEmpty()) {
            return start;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith(kind + ":")) {
                return Long.parseLong(text.substring(kind.length() + 1));
            }
        } catch (IllegalArgumentException invalid) {
            // not base64 or not a number: refused below like a cursor of another kind
        }
        throw ApiException.validation("cursor", "is not a cursor this list answered");
    }

    static String encode(String kind, long position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((kind + ":" + position).getBytes(StandardCharsets.US_ASCII));
    }
}
