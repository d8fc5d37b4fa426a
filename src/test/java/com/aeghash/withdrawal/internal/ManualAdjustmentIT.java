package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.notification.Alert;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IdempotencyKeyRows;
import com.aeghash.testsupport.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WithdrawalIntegrationTest
class ManualAdjustmentIT extends WithdrawalApiTestBase {

    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void adminCreditIsAuditedAndARetryCreditsNothingMore() {
        String member = TestIds.member();
        String key = TestIds.unique("adjust");

        ApiClient.Response first = adjust(key, member, "POINT", "25.5", "compensation for ticket 42");
        ApiClient.Response retry = adjust(key, member, "POINT", "25.5", "compensation for ticket 42");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(first.json().path("availableAfter").asString()).isEqualTo("25.5");
        assertThat(first.json().path("reference").asString()).isEqualTo("manual-adjustment:"
                + IdempotencyKeyRows.recordId(jdbc, "operator:admin", key));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().path("entryId").asLong()).isEqualTo(first.json().path("entryId").asLong());
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("25.5");
        assertThat(auditLog.recent(ManualAdjustmentService.AUDIT_ACTION, 500)).filteredOn(entry -> entry.target().equals(member))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("admin");
                    assertThat(entry.details()).containsEntry("amount", "25.5").containsEntry("asset", "POINT")
                            .containsEntry("reason", "compensation for ticket 42");
                });
    }

    @Test
    void sameKeyWithAnotherAmountIsAConflict() {
        String member = TestIds.member();
        String key = TestIds.unique("adjust");
        adjust(key, member, "POINT", "10", "first");

        ApiClient.Response reused = adjust(key, member, "POINT", "11", "second");

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().path("code").asString()).isEqualTo("idempotency_conflict");
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("10");
    }

    @Test
    void debitBeyondTheAvailableBalanceIsRefusedAndWritesNothing() {
        String member = TestIds.member();
        adjust(TestIds.unique("adjust"), member, "DOGE", "10", "credit");

        ApiClient.Response overdraft = adjust(TestIds.unique("adjust"), member, "DOGE", "-10.00000001", "too much");
        ApiClient.Response debit = adjust(TestIds.unique("adjust"), member, "DOGE", "-4", "correction");

        assertThat(overdraft.status()).isEqualTo(422);
        assertThat(overdraft.json().path("code").asString()).isEqualTo("insufficient_balance");
        assertThat(debit.status()).isEqualTo(201);
        assertThat(debit.json().path("amount").asString()).isEqualTo("-4");
        assertThat(api.available(member, "DOGE")).isEqualByComparingTo("6");
        assertThat(auditLog.recent(ManualAdjustmentService.AUDIT_ACTION, 500)).filteredOn(entry -> entry.target().equals(member))
                .extracting(AuditEntry::details).extracting(details -> details.get("amount")).containsExactly("-4", "10");
    }

    @Test
    void adjustmentAtTheAlertThresholdRaisesAnAlertAndSmallerOnesDoNot() {
        String member = TestIds.member();

        adjust(TestIds.unique("adjust"), member, "POINT", "49999", "below the threshold");
        adjust(TestIds.unique("adjust"), member, "POINT", "50000", "at the threshold");

        assertThat(alerts.about(member)).extracting(Alert::title).containsExactly("Large manual adjustment");
        assertThat(alerts.about(member).get(0).fields()).containsEntry("amount", "50000");
    }

    @Test
    void onlyAdministratorsAdjustAndZeroOrMissingKeysAreRefused() {
        String member = TestIds.member();

        ApiClient.Response byFinance = api.as(api.finance).header("Idempotency-Key", TestIds.unique("adjust"))
                .post("/api/v1/ledger/adjustments", body(member, "POINT", "1", "nope"));
        ApiClient.Response zero = adjust(TestIds.unique("adjust"), member, "POINT", "0", "nothing");
        ApiClient.Response noKey = api.admin().post("/api/v1/ledger/adjustments", body(member, "POINT", "1", "no key"));
        ApiClient.Response noReason = adjust(TestIds.unique("adjust"), member, "POINT", "1", " ");

        assertThat(byFinance.status()).isEqualTo(403);
        assertThat(zero.json().path("field").asString()).isEqualTo("amount");
        assertThat(noKey.json().path("code").asString()).isEqualTo("idempotency_key_missing");
        assertThat(noReason.json().path("field").asString()).isEqualTo("reason");
        assertThat(api.available(member, "POINT")).isZero();
    }

    private ApiClient.Response adjust(String key, String member, String asset, String amount, String reason) {
        return api.admin().header("Idempotency-Key", key).post("/api/v1/ledger/adjustments",
                body(member, asset, amount, reason));
    }

    private static String body(String member, String asset, String amount, String reason) {
        return "{\"memberId\":\"" + member + "\",\"asset\":\"" + asset + "\",\"amount\":\"" + amount
                + "\",\"reason\":\"" + reason + "\"}";
    }
}
