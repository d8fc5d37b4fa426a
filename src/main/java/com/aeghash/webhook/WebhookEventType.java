package com.aeghash.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events an endpoint can subscribe to, by their wire names ({@code type} of the payload). */
public enum WebhookEventType {
    WITHDRAWAL_STATE_CHANGED("withdrawal.state_changed"),
    BONUS_CONFIRMED("bonus.confirmed"),
    BONUS_CLAWED_BACK("bonus.clawed_back"),
    MINING_INCOME_CREDITED("mining.income_credited"),
    WALLET_TRANSFER_SETTLED("wallet.transfer_settled"),
    WALLET_TRANSIT_SETTLED("wallet.transit_settled"),
    MEMBER_RANK_CHANGED("member.rank_changed");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst();
    }
}
