package com.aeghash.webhook.internal;

import com.aeghash.bonus.BonusesClosed;
import com.aeghash.mining.MiningIncomeCredited;
import com.aeghash.rank.MemberRankChanged;
import com.aeghash.wallet.WalletTransferSettled;
import com.aeghash.wallet.WalletTransitSettled;
import com.aeghash.webhook.WebhookEventType;
import com.aeghash.withdrawal.WithdrawalStateChanged;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The webhook messages each module's event stands for: one per member it concerns and type. */
final class WebhookMessages {

    private static final String MEMBER_SOURCE = "member:";

    private WebhookMessages() {}

    static List<WebhookMessage> of(WithdrawalStateChanged event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("withdrawalId", event.withdrawalId());
        data.put("memberId", event.memberId());
        data.put("asset", event.asset());
        data.put("amount", event.amount().toPlainString());
        data.put("state", event.state());
        data.put("previousState", event.previousState());
        return List.of(new WebhookMessage(
                WebhookEventType.WITHDRAWAL_STATE_CHANGED,
                "withdrawal:" + event.withdrawalId() + ":" + event.version(),
                event.memberId(),
                event.changedAt(),
                data));
    }

    static List<WebhookMessage> of(BonusesClosed event) {
        List<WebhookMessage> messages = new ArrayList<>();
        String key = "bonus-closing:" + event.closingId() + ":" + event.chunk() + ":";
        for (BonusesClosed.MemberBonuses member : event.members()) {
            if (member.confirmed().signum() > 0) {
                messages.add(bonus(WebhookEventType.BONUS_CONFIRMED, key, event, member, member.confirmed()));
            }
            if (member.clawedBack().signum() > 0) {
                messages.add(bonus(WebhookEventType.BONUS_CLAWED_BACK, key, event, member, member.clawedBack()));
            }
        }
        return messages;
    }

    private static WebhookMessage bonus(
            WebhookEventType type,
            String key,
            BonusesClosed event,
            BonusesClosed.MemberBonuses member,
            BigDecimal amount) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("memberId", member.memberId());
        data.put("asset", "POINT");
        data.put("amount", amount.toPlainString());
        data.put("closingId", event.closingId());
        return new WebhookMessage(
                type, key + member.memberId() + ":" + type.wireName(), member.memberId(), event.closedAt(), data);
    }

    static List<WebhookMessage> of(MiningIncomeCredited event) {
        return event.members().stream()
                .map(member -> {
                    Map<String, Object> coins = new TreeMap<>();
                    member.coins().forEach((coin, amount) -> coins.put(coin, amount.toPlainString()));
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("memberId", member.memberId());
                    data.put("date", event.date().toString());
                    data.put("coins", coins);
                    return new WebhookMessage(
                            WebhookEventType.MINING_INCOME_CREDITED,
                            "mining-income:" + event.date() + ":" + member.memberId(),
                            member.memberId(),
                            event.creditedAt(),
                            data);
                })
                .toList();
    }

    /** A transfer from a member's wallet; one from a key the platform holds (a payout) concerns no member. */
    static List<WebhookMessage> of(WalletTransferSettled event) {
        if (event.source() == null || !event.source().startsWith(MEMBER_SOURCE)) {
            return List.of();
        }
        String memberId = event.source().substring(MEMBER_SOURCE.length());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("memberId", memberId);
        data.put("reference", event.reference());
        data.put("outcome", event.outcome().name());
        data.put("txid", event.txid());
        return List.of(new WebhookMessage(
                WebhookEventType.WALLET_TRANSFER_SETTLED,
                "wallet-transaction:" + event.transactionId(),
                memberId,
                event.settledAt(),
                data));
    }

    static List<WebhookMessage> of(WalletTransitSettled event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("memberId", event.memberId());
        data.put("reference", event.reference());
        data.put("outcome", event.outcome().name());
        data.put("txidFee", event.txidFee());
        data.put("txidToken", event.txidToken());
        return List.of(new WebhookMessage(
                WebhookEventType.WALLET_TRANSIT_SETTLED,
                "wallet-transaction:" + event.transactionId(),
                event.memberId(),
                event.settledAt(),
                data));
    }

    static List<WebhookMessage> of(MemberRankChanged event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("memberId", event.memberId());
        data.put("from", event.from().name());
        data.put("to", event.to().name());
        data.put("cause", event.cause());
        return List.of(new WebhookMessage(
                WebhookEventType.MEMBER_RANK_CHANGED,
                "rank-change:" + event.historyId(),
                event.memberId(),
                event.changedAt(),
                data));
    }
}
