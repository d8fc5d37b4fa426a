package com.aeghash.console.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The first step of a console action that moves money or changes a member's state: what the action would do, shown
 * by the shared {@code console/confirmation :: card} fragment, whose Confirm button (focused) posts the same form
 * again with {@code confirmed=true}. Building one changes nothing. Facts of kind {@code address} are masked by the
 * template as every address is ({@code ConsoleFormat#address}).
 */
final class Confirmation {

    /** The model attribute the sections test for. */
    static final String ATTRIBUTE = "confirmation";

    private final String title;
    private final String action;
    private final String target;
    private final String button;
    private final String cancel;
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, String> fields = new LinkedHashMap<>();
    private boolean danger;

    /**
     * @param title  what is asked ("Confirm the closing of ...")
     * @param action the URL the Confirm button posts to (the same handler)
     * @param target the element (CSS selector) htmx replaces with the answer
     * @param button the Confirm button's label
     * @param cancel where Cancel leads (the page, unchanged)
     */
    Confirmation(String title, String action, String target, String button, String cancel) {
        this.title = title;
        this.action = action;
        this.target = target;
        this.button = button;
        this.cancel = cancel;
    }

    /** A hidden field of the confirmation's form. */
    record Field(String name, String value) {}

    /**
     * One fact shown: a label, a value, how to show it ({@code text}, or {@code address}: masked) and its CSS class
     * ({@code amount}, {@code asset}, {@code destination}, as the withdrawal's confirmation marks them; may be empty).
     */
    record Fact(String label, String value, String kind, String css) {}

    Confirmation fact(String label, Object value) {
        return fact(label, value, "");
    }

    /** A fact marked with a CSS class ({@code amount}, {@code asset}). */
    Confirmation fact(String label, Object value, String css) {
        facts.add(new Fact(label, value == null || value.toString().isBlank() ? "—" : value.toString(), "text", css));
        return this;
    }

    /** An address (shown masked to whoever may not see it whole), marked {@code destination}. */
    Confirmation address(String label, String value) {
        facts.add(new Fact(label, value == null ? "" : value, "address", "mono destination"));
        return this;
    }

    /** A form field the confirmation posts again as given (blank when absent). */
    Confirmation field(String name, String value) {
        fields.put(name, value == null ? "" : value);
        return this;
    }

    /** Marks the Confirm button as a destructive one. */
    Confirmation danger() {
        this.danger = true;
        return this;
    }

    /** Puts this confirmation in the model: the section renders it instead of acting. */
    void show(Model model) {
        model.addAttribute(ATTRIBUTE, this);
    }

    public String getTitle() {
        return title;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getButton() {
        return button;
    }

    public String getCancel() {
        return cancel;
    }

    public List<Fact> getFacts() {
        return List.copyOf(facts);
    }

    /** The fields posted again, in the order given. */
    public List<Field> getFields() {
        return fields.entrySet().stream()
                .map(field -> new Field(field.getKey(), field.getValue()))
                .toList();
    }

    public boolean isDanger() {
        return danger;
    }
}
