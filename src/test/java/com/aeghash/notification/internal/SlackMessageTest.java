package com.aeghash.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.notification.Alert;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What Slack renders of an alert: member-supplied values reach the channel as text, never as markup. */
class SlackMessageTest {

    private static final String HOSTILE = "<!channel> refund at <https://evil.example/pay|your bank> & <@U024BE7LH>";
    private static final String ESCAPED =
            "&lt;!channel&gt; refund at &lt;https://evil.example/pay|your bank&gt; &amp; &lt;@U024BE7LH&gt;";

    @Test
    void mentionsLinksAndAmpersandsInAlertTextsAreEscapedForSlack() {
        SlackMessage message = SlackMessage.of(List.of(raised(Alert.warning(
                "ledger", "Adjustment: " + HOSTILE, "reason: " + HOSTILE, Map.of("reason <x>", HOSTILE)))));

        assertThat(message.text()).isEqualTo("[WARNING] ledger: Adjustment: " + ESCAPED);
        SlackMessage.Attachment attachment = message.attachments().get(0);
        assertThat(attachment.title()).isEqualTo("Adjustment: " + ESCAPED);
        assertThat(attachment.text()).isEqualTo("reason: " + ESCAPED);
        assertThat(attachment.fields()).singleElement().satisfies(field -> {
            assertThat(field.title()).isEqualTo("reason &lt;x&gt;");
            assertThat(field.value()).isEqualTo(ESCAPED);
        });
    }

    @Test
    void theStructuredCopyForOtherReceiversKeepsTheValuesAsRaised() {
        SlackMessage message =
                SlackMessage.of(List.of(raised(Alert.critical("risk", "t", HOSTILE, Map.of("note", HOSTILE)))));

        assertThat(message.alerts().get(0).text()).isEqualTo(HOSTILE);
        assertThat(message.alerts().get(0).fields()).containsEntry("note", HOSTILE);
    }

    @Test
    void aBatchHeadlineEscapesEveryTitle() {
        SlackMessage message = SlackMessage.of(List.of(
                raised(Alert.warning("a", "<!here>", "", Map.of())), raised(Alert.warning("b", "R&D", "", Map.of()))));

        assertThat(message.text()).isEqualTo("2 alerts: [WARNING] a: &lt;!here&gt; | [WARNING] b: R&amp;D");
    }

    private static AlertRaised raised(Alert alert) {
        return new AlertRaised(UUID.randomUUID(), alert, Instant.parse("2026-01-02T03:04:05Z"));
    }
}
