package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.ClosingPreview;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecoveryPreviewTest {

    private static RecoveryPreview.Confirmation confirms(String member, BonusType type, String amount) {
        return new RecoveryPreview.Confirmation(member, type, new BigDecimal(amount));
    }

    @Test
    void eachDebtIsRepaidByTheMembersConfirmationsInTheirOrderUntilItIsGone() {
        Map<String, BigDecimal> debts = Map.of(
                "ann",
                new BigDecimal("40"),
                "bob",
                new BigDecimal("5"),
                "cay",
                new BigDecimal("100"),
                "dan",
                new BigDecimal("7"));
        List<RecoveryPreview.Confirmation> confirmations = List.of(
                confirms("ann", BonusType.SPONSOR, "10"),
                confirms("ann", BonusType.REFERRAL, "25"),
                confirms("ann", BonusType.CENTER, "30"),
                confirms("bob", BonusType.REFERRAL, "8"),
                confirms("cay", BonusType.REFERRAL, "20"),
                confirms("eve", BonusType.REFERRAL, "50"),
                confirms("ann", BonusType.GLOBAL_SHARE, "3"),
                confirms("cay", BonusType.GLOBAL_SHARE, "12.5"));

        ClosingPreview.Recovery recovery = RecoveryPreview.of(debts, confirmations, 2);

        assertThat(recovery.debt()).as("everything owed, dan's too").isEqualByComparingTo("152");
        assertThat(recovery.amount()).as("40 + 5 + 32.5").isEqualByComparingTo("77.5");
        assertThat(recovery.members())
                .as("dan confirms nothing, eve owes nothing")
                .isEqualTo(3);
        assertThat(recovery.bonusTypes())
                .extracting(
                        ClosingPreview.TypeAmount::bonusType,
                        type -> type.amount().stripTrailingZeros().toPlainString())
                .containsExactly(
                        tuple(BonusType.REFERRAL, "50"),
                        tuple(BonusType.SPONSOR, "10"),
                        tuple(BonusType.CENTER, "5"),
                        tuple(BonusType.GLOBAL_SHARE, "12.5"));
        assertThat(recovery.topMembers())
                .extracting(ClosingPreview.MemberRecovery::memberId)
                .as("largest first, two asked for")
                .containsExactly("ann", "cay");
        ClosingPreview.MemberRecovery ann = recovery.topMembers().get(0);
        assertThat(ann.debt()).isEqualByComparingTo("40");
        assertThat(ann.amount()).isEqualByComparingTo("40");
        assertThat(ann.bonusTypes())
                .as("10 sponsor, 25 referral, then 5 of the center bonus; nothing left for the global share")
                .extracting(ClosingPreview.TypeAmount::bonusType)
                .containsExactly(BonusType.REFERRAL, BonusType.SPONSOR, BonusType.CENTER);
        assertThat(recovery.topMembers().get(1).amount()).as("20 + 12.5 of 100").isEqualByComparingTo("32.5");
    }

    @Test
    void noDebtNoRecovery() {
        ClosingPreview.Recovery recovery =
                RecoveryPreview.of(Map.of(), List.of(confirms("ann", BonusType.REFERRAL, "10")), 20);

        assertThat(recovery.debt()).isEqualByComparingTo("0");
        assertThat(recovery.amount()).isEqualByComparingTo("0");
        assertThat(recovery.members()).isZero();
        assertThat(recovery.bonusTypes()).isEmpty();
        assertThat(recovery.topMembers()).isEmpty();
    }
}
