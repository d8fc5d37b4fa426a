package com.aeghash.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rows of a query to audit set-based ({@link BulkAudit#recordRows}): one audit entry per row of {@code select},
 * its target the row's {@code targetColumn}, its details a JSON object with one text value per key of {@code
 * detailColumns} (JSON key → column of the select, in that order). The columns' values must not be NULL (the entry's
 * details would be NULL and the insert fails); quotes, backslashes, tabs and line breaks in them are escaped.
 *
 * @param select     a SELECT with named parameters ({@code :name}); it is wrapped as a derived table, so its
 *                   columns need names and it may have its own ORDER BY (the entries' order)
 * @param parameters the values of its named parameters
 */
public record AuditRows(
        String select, Map<String, ?> parameters, String targetColumn, Map<String, String> detailColumns) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

    public AuditRows {
        requireName(targetColumn);
        if (detailColumns.isEmpty()) {
            throw new IllegalArgumentException("an audit entry has details: name at least one column");
        }
        detailColumns.forEach((key, column) -> {
            requireName(key);
            requireName(column);
        });
        parameters = Map.copyOf(parameters);
        detailColumns = Collections.unmodifiableMap(new LinkedHashMap<>(detailColumns));
    }

    private static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain column or key name: " + name);
        }
    }
}
