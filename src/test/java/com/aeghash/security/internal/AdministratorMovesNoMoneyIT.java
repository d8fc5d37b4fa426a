package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code ADMIN} holds no money-moving rights of its own ({@link com.aeghash.security.Role#ADMIN}): every endpoint that
 * moves members' or the company's money, or decides how it moved, answers an administrator without another role 403,
 * with well-formed bodies so that nothing but the role decides.
 */
@IntegrationTest
class AdministratorMovesNoMoneyIT {

    private static final String ADDRESS = "0x00000000000000000000000000000000000000a1";
    private static final String TXID = "0x" + "ab".repeat(32);

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/withdrawals                                   | {"memberId":"m-1","asset":"POINT","amount":"1"}
            /api/v1/withdrawals/1/approvals                       | {}
            /api/v1/withdrawals/1/rejections                      | {"reason":"no"}
            /api/v1/withdrawals/1/reconciliation                  | {}
            /api/v1/members/m-1/wallet/transfers                  | {"to":"%1$s","amount":"1"}
            /api/v1/members/m-1/wallet/transits                   | {"to":"%1$s","contract":"%1$s"}
            /api/v1/wallet-transactions/1/candidate-txid          | {"txid":"%2$s"}
            /api/v1/wallet-transactions/1/resolution              | {"outcome":"failed","note":"gone"}
            /api/v1/ledger/adjustments                            | {"memberId":"m-1","asset":"POINT","amount":"1","reason":"x"}
            /api/v1/members/m-1/mining/hash-power/adjustments     | {"delta":"1","reason":"x","reference":"r-1"}
            /api/v1/mining/withdrawals/payout-1/resolution        | {"note":"done"}
            /api/v1/mining/etl-runs                               | {"date":"2026-01-01"}
            /api/v1/bonus/closings                                | {"cutoff":"2026-01-01T00:00:00Z"}
            /api/v1/approval-requests/1/approvals                 | {}
            /api/v1/approval-requests/1/rejections                | {"reason":"no"}
            """)
    void anAdministratorAloneIsRefused(String path, String body) {
        ApiClient.Response answer = ApiClient.admin(port)
                .header("Idempotency-Key", "admin-money-check-1")
                .post(path, body.formatted(ADDRESS, TXID));

        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.json().path("code").asString()).isEqualTo("forbidden");
    }
}
