package com.aeghash.common.web;

import java.util.List;
import tools.jackson.core.JacksonException;

/** Turns a Jackson reference chain into the field name a client sees: {@code lines[2].amount}. */
final class JsonPaths {

    private JsonPaths() {}

    static String of(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
