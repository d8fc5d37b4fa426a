package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import com.aeghash.withdrawal.PayoutReferences;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Real threads through the HTTP API against one database: row locks decide, money is never paid twice. On H2 and
 * on PostgreSQL.
 */
@OnEachDatabase
class WithdrawalConcurrencyIT extends WithdrawalApiTestBase {

    private static final int ROUNDS = 3;

    @RegisterExtension
    final TestApplication application;

    WithdrawalConcurrencyIT(TestDatabases.Kind database) {
        application = applicationOn(database);
    }

    @Test
    void twoFinalApproversAtTheSameMomentExecuteThePayoutExactlyOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String member = TestIds.member();
            api.fund(member, "POINT", "100");
            long id = api.requested(member, "POINT", "80");
            api.approve(api.operations, id);

            List<ApiClient.Response> responses =
                    atTheSameMoment(() -> api.approve(api.finance, id), () -> api.approve(api.finance2, id));

            assertThat(responses).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 409);
            assertThat(responses)
                    .filteredOn(response -> response.status() == 409)
                    .extracting(response -> response.json().path("code").asString())
                    .containsExactly("invalid_state");
            assertThat(gateway.executions(PayoutReferences.payout(id))).isEqualTo(1);
            assertThat(api.status(id)).isEqualTo("completed");
            assertThat(api.available(member, "POINT")).isEqualByComparingTo("20");
            assertThat(api.held(member, "POINT")).isZero();
        }
    }

    @Test
    void approversRacingEachOtherAndTheBatchStillPayOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String member = TestIds.member();
            api.fund(member, "POINT", "100");
            long id = api.requested(member, "POINT", "100");
            AtomicBoolean racing = new AtomicBoolean(true);
            ExecutorService batchThread = Executors.newSingleThreadExecutor();
            Future<?> batchRuns = batchThread.submit(() -> {
                while (racing.get()) {
                    batch.executeApproved(10);
                }
            });

            List<ApiClient.Response> responses =
                    atTheSameMoment(() -> api.approve(api.operations, id), () -> api.approve(api.finance, id));
            racing.set(false);
            batchRuns.get(30, TimeUnit.SECONDS);
            batchThread.shutdown();

            assertThat(responses).extracting(ApiClient.Response::status).containsOnly(200);
            assertThat(api.status(id)).isEqualTo("completed");
            assertThat(gateway.executions(PayoutReferences.payout(id))).isEqualTo(1);
            assertThat(api.auditActions(id)).containsOnlyOnce("executing", "completed", "approved", "approved_stage1");
            assertThat(api.held(member, "POINT")).isZero();
        }
    }

    @Test
    void twentyConcurrentRequestsBeyondTheBalanceAcceptExactlyTheAffordableOnes() throws Exception {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        List<Callable<ApiClient.Response>> requests = new ArrayList<>();
        for (int index = 0; index < 20; index++) {
            requests.add(() -> api.request(member, "POINT", "10", ""));
        }

        List<ApiClient.Response> responses = atTheSameMoment(requests);

        assertThat(responses).filteredOn(response -> response.status() == 201).hasSize(10);
        assertThat(responses)
                .filteredOn(response -> response.status() == 422)
                .extracting(response -> response.json().path("code").asString())
                .containsOnly("insufficient_balance")
                .hasSize(10);
        assertThat(api.available(member, "POINT")).isZero();
        assertThat(api.held(member, "POINT")).isEqualByComparingTo("100");
        assertThat(api.admin()
                        .get("/api/v1/withdrawals?size=100&memberId=" + member)
                        .json()
                        .path("items")
                        .size())
                .isEqualTo(10);
    }

    /** Every attempt gets the first response (one of them first-hand) or is told the first is still in flight. */
    @Test
    void oneRequestSentEightTimesAtOnceWithItsIdempotencyKeyHoldsOnce() throws Exception {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        String key = TestIds.unique("same-key");
        List<Callable<ApiClient.Response>> requests = new ArrayList<>();
        for (int index = 0; index < 8; index++) {
            requests.add(() -> api.request(key, member, "POINT", "30", ""));
        }

        List<ApiClient.Response> responses = atTheSameMoment(requests);

        List<ApiClient.Response> created =
                responses.stream().filter(response -> response.status() == 201).toList();
        assertThat(created)
                .filteredOn(response -> response.header("Idempotent-Replayed") == null)
                .hasSize(1);
        assertThat(created)
                .extracting(response -> response.json().path("id").asLong())
                .containsOnly(created.get(0).json().path("id").asLong());
        assertThat(responses).filteredOn(response -> response.status() != 201).allSatisfy(inFlight -> {
            assertThat(inFlight.status()).isEqualTo(409);
            assertThat(inFlight.json().path("code").asString()).isEqualTo("idempotency_in_progress");
        });
        assertThat(api.held(member, "POINT")).isEqualByComparingTo("30");
        assertThat(api.available(member, "POINT")).isEqualByComparingTo("70");
    }

    @SafeVarargs
    private static List<ApiClient.Response> atTheSameMoment(Callable<ApiClient.Response>... calls) throws Exception {
        return atTheSameMoment(List.of(calls));
    }

    private static List<ApiClient.Response> atTheSameMoment(List<Callable<ApiClient.Response>> calls) throws Exception {
        return Concurrently.run(calls.size(), index -> {
            try {
                return calls.get(index).call();
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
        });
    }
}
