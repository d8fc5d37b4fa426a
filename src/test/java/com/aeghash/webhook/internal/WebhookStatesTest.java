package com.aeghash.webhook.internal;

import static com.aeghash.testsupport.LifecycleAssertions.assertMove;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.webhook.WebhookDeliveryState;
import com.aeghash.webhook.WebhookEndpointState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle tables of a webhook delivery and of a webhook endpoint, checked for every (from, to) pair. */
class WebhookStatesTest {

    /** The allowed moves, written out independently of the enums' own tables. */
    private static final Set<String> DELIVERY_MOVES = Set.of(
            "PENDING->SENDING",
            "PENDING->CANCELLED",
            "SENDING->SENDING",
            "SENDING->PENDING",
            "SENDING->DELIVERED",
            "SENDING->FAILED",
            "SENDING->CANCELLED");

    private static final Set<String> ENDPOINT_MOVES =
            Set.of("ENABLED->DISABLED", "ENABLED->DELETED", "DISABLED->ENABLED", "DISABLED->DELETED");

    static Stream<Arguments> everyDeliveryMove() {
        List<Arguments> all = new ArrayList<>();
        for (WebhookDeliveryState from : WebhookDeliveryState.values()) {
            for (WebhookDeliveryState to : WebhookDeliveryState.values()) {
                all.add(Arguments.of(from, to, DELIVERY_MOVES.contains(from + "->" + to)));
            }
        }
        return all.stream();
    }

    static Stream<Arguments> everyEndpointMove() {
        List<Arguments> all = new ArrayList<>();
        for (WebhookEndpointState from : WebhookEndpointState.values()) {
            for (WebhookEndpointState to : WebhookEndpointState.values()) {
                all.add(Arguments.of(from, to, ENDPOINT_MOVES.contains(from + "->" + to)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyDeliveryMove")
    void aDeliveryMovesExactlyAsTheTableSays(WebhookDeliveryState from, WebhookDeliveryState to, boolean allowed) {
        assertMove(
                from, to, allowed, WebhookDeliveryState::canMoveTo, WebhookDeliveryState::moveTo, "webhook delivery");
    }

    @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
    @MethodSource("everyEndpointMove")
    void anEndpointMovesExactlyAsTheTableSays(WebhookEndpointState from, WebhookEndpointState to, boolean allowed) {
        assertMove(
                from, to, allowed, WebhookEndpointState::canMoveTo, WebhookEndpointState::moveTo, "webhook endpoint");
    }

    @Test
    void deliveredFailedAndCancelledAreFinalAsIsADeletedEndpoint() {
        assertThat(Stream.of(WebhookDeliveryState.values()).filter(WebhookDeliveryState::isFinal))
                .containsExactly(
                        WebhookDeliveryState.DELIVERED, WebhookDeliveryState.FAILED, WebhookDeliveryState.CANCELLED);
        assertThat(Stream.of(WebhookEndpointState.values()).filter(WebhookEndpointState::isFinal))
                .containsExactly(WebhookEndpointState.DELETED);
    }
}
