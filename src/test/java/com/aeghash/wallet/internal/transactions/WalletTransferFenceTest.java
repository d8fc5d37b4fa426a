package com.aeghash.wallet.internal.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.TransferCommand;
import com.aeghash.wallet.WalletKeySource;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.internal.WalletTestKit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A caller that gave up on a transfer fences its reference; a transfer arriving late under it (a call stalled
 * before its intent was recorded) finds the fence and never reaches MBlock.
 */
class WalletTransferFenceTest {

    private static final String ADDRESS = "0x00000000000000000000000000000000000000a1";
    private static final String TO = "0x00000000000000000000000000000000000000b2";
    private static final String CONTRACT = "0x55d398326f99059ff775485246999027b3197955";
    private final WalletTestKit kit = new WalletTestKit();

    @Test
    void aLateTransferUnderAFencedReferenceReplaysTheFenceAndSendsNothing() {
        kit.walletFor("member-1", ADDRESS, "fence-wallet-key-1a2b3c4d");
        TransferCommand transfer = command("withdrawal:1", "2");

        WalletTransaction fence = kit.service.fenceUnsentTransfer(transfer, "reconciled without a record");
        WalletTransaction late = kit.service.transferFrom(transfer);

        assertThat(fence.status()).isEqualTo(WalletTransactionStatus.FAILED);
        assertThat(fence.failureReason()).isEqualTo(FailureReason.NEVER_SENT);
        assertThat(fence.failureMessage()).isEqualTo("reconciled without a record");
        assertThat(late.id()).isEqualTo(fence.id());
        assertThat(late.status()).isEqualTo(WalletTransactionStatus.FAILED);
        kit.vendor.verify(); // no MBlock call was expected, none was made
    }

    @Test
    void aLateTransferThatDiffersFromTheFenceIsRefusedAndSendsNothing() {
        kit.walletFor("member-2", ADDRESS, "fence-wallet-key-5e6f7a8b");
        kit.service.fenceUnsentTransfer(command("withdrawal:2", "2"), "reconciled");

        assertThatThrownBy(() -> kit.service.transferFrom(command("withdrawal:2", "3")))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo("reference_conflict"));
        kit.vendor.verify();
    }

    @Test
    void aRecordedTransferIsNotFencedOver() {
        kit.walletFor("member-3", ADDRESS, "fence-wallet-key-9c0d1e2f");
        kit.expect(
                "transferByWalletKey",
                "{\"result\":true,\"txid\":\"0x" + "3b".repeat(32) + "\",\"message\":\"success\"}");
        WalletTransaction sent = kit.service.transferFrom(command("withdrawal:3", "1"));

        WalletTransaction fence = kit.service.fenceUnsentTransfer(command("withdrawal:3", "1"), "reconciled");

        assertThat(fence.id()).isEqualTo(sent.id());
        assertThat(fence.status()).isEqualTo(WalletTransactionStatus.SUBMITTED);
    }

    private static TransferCommand command(String reference, String amount) {
        String member = "member-" + reference.substring(reference.indexOf(':') + 1);
        return new TransferCommand(
                reference, WalletKeySource.member(member), TO, new BigDecimal(amount), CONTRACT, "member-app-test");
    }
}
