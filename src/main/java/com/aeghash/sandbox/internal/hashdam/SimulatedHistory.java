package com.aeghash.sandbox.internal.hashdam;

import com.aeghash.sandbox.internal.hashdam.SimulatedRequest.SimulatedError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paging of the history methods per contract: {@code page} (from 1), {@code limit} (default 10, 1-1000),
 * {@code startDate}/{@code endDate} on the UTC creation date (inclusive), {@code sort} (true = newest first,
 * the default); the envelope carries {@code pagination {totalPage, total, currentPage, count, hasNext}}.
 */
final class SimulatedHistory {

    static final int LIMIT_MAX = 1000;

    /** One history row with its creation time, which paging filters and sorts on. */
    record Row(Instant createdAt, Map<String, Object> json) {}

    private SimulatedHistory() {}

    static Map<String, Object> page(List<Row> rows, SimulatedRequest request) {
        int page = request.integer("page", 1, 1, Integer.MAX_VALUE);
        int limit = request.integer("limit", 10, 1, LIMIT_MAX);
        LocalDate startDate = request.date("startDate");
        LocalDate endDate = request.date("endDate");
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new SimulatedError(SimulatedRequest.INVALID_PAGINATION);
        }
        Comparator<Row> order = Comparator.comparing(Row::createdAt);
        List<Row> selected = rows.stream()
                .filter(row -> within(row.createdAt(), startDate, endDate))
                .sorted(request.bool("sort", true) ? order.reversed() : order)
                .toList();
        int total = selected.size();
        int totalPage = (total + limit - 1) / limit;
        int from = (int) Math.min((long) (page - 1) * limit, total);
        List<Map<String, Object>> items = selected.subList(from, Math.min(from + limit, total)).stream()
                .map(Row::json)
                .toList();
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("totalPage", totalPage);
        pagination.put("total", total);
        pagination.put("currentPage", page);
        pagination.put("count", items.size());
        pagination.put("hasNext", page < totalPage);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("code", 0);
        envelope.put("data", items);
        envelope.put("pagination", pagination);
        envelope.put("message", "success");
        return envelope;
    }

    private static boolean within(Instant createdAt, LocalDate startDate, LocalDate endDate) {
        LocalDate day = LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        return (startDate == null || !day.isBefore(startDate)) && (endDate == null || !day.isAfter(endDate));
    }
}
