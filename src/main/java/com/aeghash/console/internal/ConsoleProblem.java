package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.ui.Model;

/**
 * Why a module refused what the console asked (the problem's status, stable code, field and detail), shown
 * inline on the page or fragment as the model attribute {@code problem}; the response carries its status.
 */
record ConsoleProblem(int status, String code, String field, String detail) {

    static ConsoleProblem of(ApiException refusal) {
        return new ConsoleProblem(refusal.status().value(), refusal.code(), refusal.field(), refusal.getMessage());
    }

    /**
     * Runs a module call. A refusal ({@link ApiException}) becomes the model's {@code problem} and the response
     * status, and the result is empty; anything else propagates (a 500 the error handler logs).
     */
    static <T> Optional<T> attempt(Model model, HttpServletResponse response, Supplier<T> call) {
        return attempt(model, response, "problem", call);
    }

    /** As {@link #attempt(Model, HttpServletResponse, Supplier)}, for a page with problems in several sections. */
    static <T> Optional<T> attempt(Model model, HttpServletResponse response, String attribute, Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (ApiException refusal) {
            model.addAttribute(attribute, of(refusal));
            response.setStatus(refusal.status().value());
            return Optional.empty();
        }
    }
}
