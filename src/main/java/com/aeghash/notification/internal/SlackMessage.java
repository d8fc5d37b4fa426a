package com.aeghash.notification.internal;

import com.aeghash.notification.Alert;
import com.aeghash.notification.AlertSeverity;
import java.util.List;
import java.util.Map;

/**
 * The webhook payload: Slack's {@code text} plus one legacy attachment per alert (title, colour,
 * fields), and the same alerts as plain structured data for non-Slack receivers.
 *
 * <p>Alert texts quote values members, partners and operators supplied. Slack reads {@code <...>} in message text
 * as markup ({@code <!channel>} notifies everyone, {@code <https://...|label>} is a disguised link), so every text
 * Slack renders is escaped by Slack's rules: {@code &}, {@code <} and {@code >} become {@code &amp;}, {@code &lt;}
 * and {@code &gt;}. The structured copy keeps the values as raised: it is data (JSON), not markup.
 */
record SlackMessage(String text, List<Attachment> attachments, List<StructuredAlert> alerts) {

    static SlackMessage of(List<AlertRaised> raised) {
        String text = raised.size() == 1
                ? headline(raised.get(0).alert())
                : raised.size() + " alerts: "
                        + String.join(
                                " | ",
                                raised.stream()
                                        .map(event -> headline(event.alert()))
                                        .toList());
        return new SlackMessage(
                text,
                raised.stream().map(SlackMessage::attachment).toList(),
                raised.stream().map(SlackMessage::structured).toList());
    }

    private static String headline(Alert alert) {
        return "[" + alert.severity() + "] " + escaped(alert.source()) + ": " + escaped(alert.title());
    }

    /** Slack's escaping of text that must not become markup (api.slack.com, "Escaping text"). */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Attachment attachment(AlertRaised event) {
        Alert alert = event.alert();
        List<Field> fields = alert.fields().entrySet().stream()
                .map(entry -> new Field(escaped(entry.getKey()), escaped(entry.getValue()), true))
                .toList();
        return new Attachment(
                colour(alert.severity()),
                escaped(alert.title()),
                escaped(alert.text()),
                fields,
                event.raisedAt().getEpochSecond());
    }

    private static StructuredAlert structured(AlertRaised event) {
        Alert alert = event.alert();
        return new StructuredAlert(
                alert.severity().name(),
                alert.source(),
                alert.title(),
                alert.text(),
                alert.fields(),
                event.raisedAt().toString());
    }

    private static String colour(AlertSeverity severity) {
        return switch (severity) {
            case CRITICAL -> "danger";
            case WARNING -> "warning";
            case INFO -> "good";
        };
    }

    record Attachment(String color, String title, String text, List<Field> fields, long ts) {}

    record Field(
            String title,
            String value,

            @com.fasterxml.jackson.annotation.JsonProperty("short")
            boolean isShort) {}

    record StructuredAlert(
            String severity, String source, String title, String text, Map<String, String> fields, String raisedAt) {}
}
