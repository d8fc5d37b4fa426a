package com.aeghash.security.bench;

import com.aeghash.security.internal.tokens.ServiceTokenService;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.MemberJwts;
import com.aeghash.testsupport.PostgresIntegrationTest;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark of {@code GET /api/v1/members/{id}/balances} authenticated three ways in one run on loopback, on PostgreSQL:
 * HTTP Basic of an operator whose password hash has the default bcrypt cost (10), a MEMBER_APP service token, a member
 * JWT. Not a test (its name matches no surefire include; only bench/service-tokens/run.sh runs it); it prints rates
 * only. The three ways take turns, {@code bench.rounds} rounds of {@code bench.seconds} each with
 * {@code bench.threads} callers after a warm-up, so a change of the machine's load falls on all three alike; every
 * answer must be a 200. It also times the credential checks alone: the service token's lookup and a bcrypt check.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "aeghash.security.bcrypt-strength=10")
class ServiceTokenBenchmark {

    private static final int THREADS = Integer.getInteger("bench.threads", 2);
    private static final long SECONDS = Long.getLong("bench.seconds", 3);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final long WARM_UP_SECONDS = Long.getLong("bench.warmup-seconds", 10);
    private static final int CHECKS = 20_000;

    @LocalServerPort
    int port;

    @Autowired
    ServiceTokenService serviceTokens;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void balancesWithBasicVersusBearerTokens() throws Exception {
        String member = TestIds.member();
        String path = "/api/v1/members/" + member + "/balances";
        ApiClient basic = ApiClient.newOperator(port, "FINANCE");
        String token = ApiClient.admin(port)
                .post("/api/v1/service-tokens", "{\"name\":\"bench\",\"roles\":[\"MEMBER_APP\"]}")
                .json()
                .path("token")
                .asString();
        TestSecrets.register(token);
        ApiClient serviceToken = ApiClient.bearer(port, token);
        ApiClient memberJwt = ApiClient.bearer(port, MemberJwts.forMember(member));

        Map<String, ApiClient> ways = new LinkedHashMap<>();
        ways.put("HTTP Basic (bcrypt cost 10)", basic);
        ways.put("service token", serviceToken);
        ways.put("member JWT", memberJwt);
        Map<String, Long> requests = new LinkedHashMap<>();
        Map<String, CpuUse> cpu = new LinkedHashMap<>();
        for (ApiClient client : ways.values()) {
            run(client, path, WARM_UP_SECONDS).requests();
        }
        Map<String, String> threadCpu = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            boolean last = round == ROUNDS - 1;
            ways.forEach((label, client) -> {
                ThreadCpu threadsBefore = ThreadCpu.now();
                CpuUse before = CpuUse.now();
                Answered answered = run(client, path, SECONDS);
                requests.merge(label, answered.requests(), Long::sum);
                cpu.merge(label, CpuUse.now().minus(before).withCallers(answered.callerCpuNanos()), CpuUse::plus);
                if (last) {
                    threadCpu.put(label, ThreadCpu.now().topSince(threadsBefore, answered.requests(), 6));
                }
            });
        }
        double seconds = SECONDS * ROUNDS;
        requests.forEach((label, count) -> print(
                "%s: %,d requests in %.0f s with %d callers, %,.1f requests/s; CPU per request: %s",
                label, count, seconds, THREADS, count / seconds, cpu.get(label).perRequest(count)));
        threadCpu.forEach((label, top) -> print("%s, last round, CPU per request by thread: %s", label, top));
        double basicRate = requests.get("HTTP Basic (bcrypt cost 10)") / seconds;
        print(
                "service token / Basic: %.0fx; member JWT / Basic: %.0fx",
                requests.get("service token") / seconds / basicRate, requests.get("member JWT") / seconds / basicRate);
        checksAlone(token);
    }

    /** The credential checks without HTTP: the service token's lookup (one indexed read) and one bcrypt check. */
    private void checksAlone(String token) {
        for (int i = 0; i < CHECKS; i++) {
            serviceTokens.authenticate(token).orElseThrow();
        }
        long start = System.nanoTime();
        for (int i = 0; i < CHECKS; i++) {
            serviceTokens.authenticate(token).orElseThrow();
        }
        print(
                "service token lookup alone: %.0f microseconds each (%,d checks)",
                (System.nanoTime() - start) / 1e3 / CHECKS, CHECKS);
        String hash = passwords.encode("bench-password-long-enough");
        long bcryptStart = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            passwords.matches("bench-password-long-enough", hash);
        }
        print(
                "bcrypt check alone (cost 10): %.0f microseconds each (10 checks)",
                (System.nanoTime() - bcryptStart) / 1e3 / 10);
    }

    /** How many requests the callers had answered, and the CPU time the callers' own threads took. */
    private record Answered(long requests, long callerCpuNanos) {}

    /** Requests answered by THREADS callers in the given seconds (a bounded loop: it stops at the deadline). */
    private static Answered run(ApiClient client, String path, long seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService callers = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Answered>> counts = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                counts.add(callers.submit(() -> {
                    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long done = 0;
                    while (System.nanoTime() < deadline) {
                        int status = client.get(path).status();
                        if (status != 200) {
                            throw new IllegalStateException("answer " + status);
                        }
                        done++;
                    }
                    return new Answered(done, threads.getCurrentThreadCpuTime() - cpuStart);
                }));
            }
            long total = 0;
            long callerCpu = 0;
            for (Future<Answered> count : counts) {
                total += count.get().requests();
                callerCpu += count.get().callerCpuNanos();
            }
            return new Answered(total, callerCpu);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            callers.shutdownNow();
        }
    }

    private static void print(String format, Object... arguments) {
        System.out.println("[service-tokens bench] " + String.format(format, arguments));
    }
}
