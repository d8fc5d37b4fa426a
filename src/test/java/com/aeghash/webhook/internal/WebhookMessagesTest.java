package com.aeghash.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.aeghash.bonus.BonusesClosed;
import com.aeghash.mining.MiningIncomeCredited;
import com.aeghash.rank.MemberRankChanged;
import com.aeghash.rank.Rank;
import com.aeghash.wallet.Settlement;
import com.aeghash.wallet.WalletTransferSettled;
import com.aeghash.wallet.WalletTransitSettled;
import com.aeghash.webhook.WebhookEventType;
import com.aeghash.withdrawal.WithdrawalStateChanged;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What each module's event becomes: one message per member and type, with a stable event key and string amounts. */
class WebhookMessagesTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aWithdrawalChangeIsOneMessageKeyedByTheWithdrawalsVersion() {
        List<WebhookMessage> messages = WebhookMessages.of(new WithdrawalStateChanged(
                7, "m-1", "POINT", new BigDecimal("100.50000000"), "approved", "pending", 3, AT));

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.type()).isEqualTo(WebhookEventType.WITHDRAWAL_STATE_CHANGED);
            assertThat(message.eventKey()).isEqualTo("withdrawal:7:3");
            assertThat(message.memberId()).isEqualTo("m-1");
            JsonNode payload = payload(message);
            assertThat(payload.path("type").asString()).isEqualTo("withdrawal.state_changed");
            assertThat(payload.path("timestamp").asString()).isEqualTo("2026-03-02T08:00:00Z");
            assertThat(payload.path("data").path("amount").isString()).isTrue();
            assertThat(payload.path("data").path("amount").asString()).isEqualTo("100.50000000");
            assertThat(payload.path("data").path("previousState").asString()).isEqualTo("pending");
        });
    }

    @Test
    void aClosingChunkGivesAConfirmedAndAClawedBackMessagePerMemberWithSuchASum() {
        List<WebhookMessage> messages = WebhookMessages.of(new BonusesClosed(
                4,
                2,
                AT,
                List.of(
                        new BonusesClosed.MemberBonuses("m-1", new BigDecimal("35"), BigDecimal.ZERO),
                        new BonusesClosed.MemberBonuses("m-2", new BigDecimal("1"), new BigDecimal("2.5")))));

        assertThat(messages)
                .extracting(WebhookMessage::type, WebhookMessage::memberId, WebhookMessage::eventKey)
                .containsExactly(
                        tuple(WebhookEventType.BONUS_CONFIRMED, "m-1", "bonus-closing:4:2:m-1:bonus.confirmed"),
                        tuple(WebhookEventType.BONUS_CONFIRMED, "m-2", "bonus-closing:4:2:m-2:bonus.confirmed"),
                        tuple(WebhookEventType.BONUS_CLAWED_BACK, "m-2", "bonus-closing:4:2:m-2:bonus.clawed_back"));
        assertThat(payload(messages.get(2)).path("data").path("amount").asString())
                .isEqualTo("2.5");
    }

    @Test
    void miningIncomeIsOneMessagePerMemberAndDateWithEachCoinAsAString() {
        List<WebhookMessage> messages = WebhookMessages.of(new MiningIncomeCredited(
                LocalDate.parse("2026-03-01"),
                AT,
                List.of(new MiningIncomeCredited.MemberIncome(
                        "m-3", Map.of("BTC", new BigDecimal("0.00012345"), "DOGE", new BigDecimal("12"))))));

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.eventKey()).isEqualTo("mining-income:2026-03-01:m-3");
            JsonNode coins = payload(message).path("data").path("coins");
            assertThat(coins.path("BTC").asString()).isEqualTo("0.00012345");
            assertThat(coins.path("DOGE").isString()).isTrue();
        });
    }

    @Test
    void aRankChangeIsOneMessageKeyedByItsHistoryRow() {
        List<WebhookMessage> messages = WebhookMessages.of(
                new MemberRankChanged(41, "m-5", Rank.D1, Rank.D2, "REFERRAL_RANK_CHANGED", "m-6", AT));

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.type()).isEqualTo(WebhookEventType.MEMBER_RANK_CHANGED);
            assertThat(message.eventKey()).isEqualTo("rank-change:41");
            assertThat(message.memberId()).isEqualTo("m-5");
            JsonNode payload = payload(message);
            assertThat(payload.path("type").asString()).isEqualTo("member.rank_changed");
            assertThat(payload.path("data").path("from").asString()).isEqualTo("D1");
            assertThat(payload.path("data").path("to").asString()).isEqualTo("D2");
            assertThat(payload.path("data").path("cause").asString()).isEqualTo("REFERRAL_RANK_CHANGED");
            assertThat(payload.path("data").has("causeReference")).isFalse();
        });
    }

    @Test
    void aTransferFromAMembersWalletIsHersAndOneFromAKeyThePlatformHoldsIsNobodys() {
        List<WebhookMessage> members = WebhookMessages.of(
                new WalletTransferSettled(11, "transfer:x", "member:m-4", Settlement.SUCCEEDED, "0xabc", AT, null));
        List<WebhookMessage> treasury = WebhookMessages.of(
                new WalletTransferSettled(12, "withdrawal:9", "treasury", Settlement.SUCCEEDED, "0xdef", AT, null));

        assertThat(members).singleElement().satisfies(message -> {
            assertThat(message.memberId()).isEqualTo("m-4");
            assertThat(message.eventKey()).isEqualTo("wallet-transaction:11");
            assertThat(payload(message).path("data").path("outcome").asString()).isEqualTo("SUCCEEDED");
        });
        assertThat(treasury).isEmpty();
    }

    @Test
    void aTransitIsItsMembers() {
        List<WebhookMessage> messages = WebhookMessages.of(
                new WalletTransitSettled(13, "transit:m-5", "m-5", Settlement.FAILED, null, null, AT, null));

        assertThat(messages)
                .extracting(WebhookMessage::type, WebhookMessage::memberId, WebhookMessage::eventKey)
                .containsExactly(tuple(WebhookEventType.WALLET_TRANSIT_SETTLED, "m-5", "wallet-transaction:13"));
    }

    private static JsonNode payload(WebhookMessage message) {
        DeliveryRecorder recorder = new DeliveryRecorder(null, null, JSON, Clock.systemUTC());
        return JSON.readTree(recorder.payloadOf(message));
    }
}
