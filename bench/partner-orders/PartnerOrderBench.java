import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Partner order ingestion benchmark (bench/partner-orders/README.md). JDK only, run from source:
 * {@code java PartnerOrderBench.java --base-url ... --key ... --secret ... --admin-password ...}.
 *
 * <ol>
 *   <li>members through {@code POST /api/v1/members}: a chain of {@code chain} members, each referred and
 *       sponsored by the previous one, then {@code buyers} buyers referred and sponsored by the chain's last
 *       member, so every buyer sits at depth >= 20 in both trees and each order pays 10 + 20 = 30 bonus entries;</li>
 *   <li>smoke check: one signed hash-power credit to a registered member must answer 201 (signing, partner
 *       configuration);</li>
 *   <li>warm-up, then {@code duration} seconds of signed orders (unique order id, Idempotency-Key and nonce each)
 *       from {@code concurrency} threads, latency measured per request;</li>
 *   <li>{@code pgbench} TPC-B on its own database of the same server: {@code -i -s 10}, then
 *       {@code -c 16 -j 2 -T duration};</li>
 *   <li>prints orders/s, p50/p99 latency, pgbench tps and the ratio orders/s / tps.</li>
 * </ol>
 */
public class PartnerOrderBench {

    private static final Pattern BONUS_ENTRIES = Pattern.compile("\"bonusEntries\"\\s*:\\s*(\\d+)");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final int EXPECTED_BONUS_ENTRIES = 30;

    private final Map<String, String> options;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final String baseUrl;
    private final String key;
    private final String secret;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private static final String OPERATOR = "bench-operator";
    private final String operatorPassword = UUID.randomUUID().toString().replace("-", "");

    PartnerOrderBench(Map<String, String> options) {
        this.options = options;
        this.baseUrl = required("base-url");
        this.key = required("key");
        this.secret = required("secret");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of(
                "concurrency",
                "16",
                "duration",
                "30",
                "warmup",
                "30",
                "chain",
                "25",
                "buyers",
                "200",
                "pgbench-scale",
                "10",
                "pgbench-db",
                "aeghash_pgbench",
                "pg-host",
                "127.0.0.1",
                "pg-port",
                "5432",
                "pg-user",
                "postgres"));
        for (int index = 0; index + 1 < args.length; index += 2) {
            if (!args[index].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[index]);
            }
            options.put(args[index].substring(2), args[index + 1]);
        }
        new PartnerOrderBench(options).run();
    }

    private void run() throws Exception {
        List<String> buyers = registerMembers(integer("chain"), integer("buyers"));
        smokeCheck(buyers.get(0));
        int concurrency = integer("concurrency");
        System.out.printf("warm-up: %d s of orders with %d concurrent requests%n", integer("warmup"), concurrency);
        sendOrders(buyers, concurrency, Duration.ofSeconds(integer("warmup")), "w");
        System.out.printf("measuring: %d s of orders with %d concurrent requests%n", integer("duration"), concurrency);
        Result orders = sendOrders(buyers, concurrency, Duration.ofSeconds(integer("duration")), "m");
        double tps = pgbench();
        report(orders, tps);
    }

    /**
     * One signed hash-power credit to a registered member (the API refuses anyone else): proves the key, secret,
     * allowlist and signing before the load starts.
     */
    private void smokeCheck(String member) throws Exception {
        String body = "{\"memberId\":\"" + member + "\",\"amount\":\"1\",\"reference\":\"bench-smoke-" + runId + "\"}";
        HttpResponse<String> response = signedPost("/api/aegmall/v1/hashpower", body, "bench-smoke-" + runId);
        if (response.statusCode() != 201) {
            fail("signed smoke call answered " + response.statusCode() + " " + response.body()
                    + " (check AEGMALL_BENCH_* on the service and --key/--secret here)");
        }
        System.out.println("smoke check: signed hash-power credit accepted");
    }

    private List<String> registerMembers(int chain, int buyerCount) throws Exception {
        createOperator();
        String previous = null;
        for (int index = 1; index <= chain; index++) {
            String member = String.format("bench-c%03d", index);
            register(member, previous);
            previous = member;
        }
        List<String> buyers = new ArrayList<>();
        for (int index = 1; index <= buyerCount; index++) {
            String buyer = String.format("bench-b%05d", index);
            register(buyer, previous);
            buyers.add(buyer);
        }
        System.out.printf("members: chain of %d, %d buyers under %s%n", chain, buyerCount, previous);
        return buyers;
    }

    /**
     * An operator with every role registers the members: ADMIN does not imply the other roles, and whichever
     * one the organization module asks for registration, this operator has it.
     */
    private void createOperator() throws Exception {
        String body = "{\"username\":\"" + OPERATOR + "\",\"password\":\"" + operatorPassword
                + "\",\"roles\":[\"ADMIN\",\"OPERATIONS\",\"FINANCE\"]}";
        HttpResponse<String> response = post("/api/v1/operators", body, "admin", required("admin-password"));
        if (response.statusCode() != 201) {
            fail("creating the benchmark operator answered " + response.statusCode() + " " + response.body());
        }
    }

    /** Registers in both trees (referrer = sponsor = upline); an existing member (409) is fine on a re-run. */
    private void register(String member, String upline) throws Exception {
        String body = upline == null
                ? "{\"memberId\":\"" + member + "\"}"
                : "{\"memberId\":\"" + member + "\",\"referrerId\":\"" + upline + "\",\"sponsorId\":\"" + upline
                        + "\"}";
        HttpResponse<String> response = post("/api/v1/members", body, OPERATOR, operatorPassword);
        int status = response.statusCode();
        if (status == 404 || status == 405) {
            fail(
                    "POST /api/v1/members answered " + status + ": the organization module is not in this build. "
                            + "This benchmark needs the organization and bonus modules (run it after the branches are merged).");
        }
        if (status != 200 && status != 201 && status != 409) {
            fail("registering " + member + " answered " + status + " " + response.body());
        }
    }

    private HttpResponse<String> post(String path, String body, String user, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + credentials)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Result sendOrders(List<String> buyers, int concurrency, Duration duration, String phase) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long deadline = System.nanoTime() + duration.toNanos();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        List<Future<long[]>> workers = new ArrayList<>();
        AtomicLong wrongEntries = new AtomicLong();
        long started = System.nanoTime();
        for (int worker = 0; worker < concurrency; worker++) {
            int index = worker;
            workers.add(
                    pool.submit(() -> orderLoop(buyers, index, concurrency, deadline, phase, statuses, wrongEntries)));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            for (long latency : worker.get()) {
                latencies.add(latency);
            }
        }
        double elapsedSeconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Result(latencies, elapsedSeconds, statuses, wrongEntries.get());
    }

    /** One connection's loop: signed orders until the deadline; returns the latencies of the 201s in nanos. */
    private long[] orderLoop(
            List<String> buyers,
            int worker,
            int workers,
            long deadline,
            String phase,
            Map<Integer, AtomicLong> statuses,
            AtomicLong wrongEntries)
            throws Exception {
        List<Long> latencies = new ArrayList<>();
        for (long sequence = 0; System.nanoTime() < deadline; sequence++) {
            String buyer = buyers.get((int) ((sequence * workers + worker) % buyers.size()));
            String orderId = "bench-" + runId + "-" + phase + "-" + worker + "-" + sequence;
            String body = "{\"orderId\":\"" + orderId + "\",\"memberId\":\"" + buyer + "\",\"totalAmount\":\"120.00\","
                    + "\"pvAmount\":\"100\",\"channel\":\"bench\"}";
            long sent = System.nanoTime();
            HttpResponse<String> response = signedPost("/api/aegmall/v1/orders", body, orderId);
            long latency = System.nanoTime() - sent;
            statuses.computeIfAbsent(response.statusCode(), status -> new AtomicLong())
                    .incrementAndGet();
            if (response.statusCode() == 201) {
                latencies.add(latency);
                Matcher entries = BONUS_ENTRIES.matcher(response.body());
                if (!entries.find() || Integer.parseInt(entries.group(1)) != EXPECTED_BONUS_ENTRIES) {
                    wrongEntries.incrementAndGet();
                }
            }
        }
        return latencies.stream().mapToLong(Long::longValue).toArray();
    }

    private HttpResponse<String> signedPost(String path, String body, String idempotencyKey) throws Exception {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = UUID.randomUUID().toString();
        String signature = hmacHex(timestamp + "\n" + nonce + "\n" + body);
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Content-Type", "application/json")
                        .header("X-AEG-Key", key)
                        .header("X-AEG-Timestamp", timestamp)
                        .header("X-AEG-Nonce", nonce)
                        .header("X-AEG-Signature", "sha256=" + signature)
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String hmacHex(String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    /** pgbench TPC-B on its own database of the same server: initialise at the scale, then run. */
    private double pgbench() throws Exception {
        List<String> connection =
                List.of("-h", options.get("pg-host"), "-p", options.get("pg-port"), "-U", options.get("pg-user"));
        List<String> init = new ArrayList<>(List.of("pgbench", "-i", "-q", "-s", options.get("pgbench-scale")));
        init.addAll(connection);
        init.add(options.get("pgbench-db"));
        System.out.println("pgbench: initialising scale " + options.get("pgbench-scale"));
        execute(init);
        List<String> bench = new ArrayList<>(List.of("pgbench", "-c", "16", "-j", "2", "-T", options.get("duration")));
        bench.addAll(connection);
        bench.add(options.get("pgbench-db"));
        System.out.println("pgbench: TPC-B -c 16 -j 2 -T " + options.get("duration"));
        Matcher tps = TPS.matcher(execute(bench));
        if (!tps.find()) {
            fail("could not read tps from pgbench's output");
        }
        return Double.parseDouble(tps.group(1));
    }

    private static String execute(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> output.append(line).append('\n'));
        }
        if (process.waitFor() != 0) {
            fail(String.join(" ", command) + " failed:\n" + output);
        }
        return output.toString();
    }

    private static void report(Result orders, double tps) {
        double ordersPerSecond = orders.latencies().size() / orders.elapsedSeconds();
        double ratio = ordersPerSecond / tps;
        double p50 = orders.percentileMillis(0.50);
        double p99 = orders.percentileMillis(0.99);
        System.out.println();
        System.out.println("answers by status: " + orders.statuses());
        if (orders.wrongEntries() > 0) {
            System.out.println("WARNING: " + orders.wrongEntries() + " orders did not pay " + EXPECTED_BONUS_ENTRIES
                    + " bonus entries (check the bonus plan and the member depths)");
        }
        System.out.printf("orders/s        %10.1f%n", ordersPerSecond);
        System.out.printf("latency p50     %10.1f ms%n", p50);
        System.out.printf("latency p99     %10.1f ms%n", p99);
        System.out.printf("pgbench tps     %10.1f%n", tps);
        System.out.printf("ratio           %10.3f  (orders/s / pgbench tps)%n", ratio);
        System.out.printf(
                "budget          ratio >= 0.5: %s, p99 < 50 ms: %s%n",
                ratio >= 0.5 ? "met" : "MISSED", p99 < 50 ? "met" : "MISSED");
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            fail("--" + name + " is required");
        }
        return value;
    }

    private int integer(String name) {
        return Integer.parseInt(options.get(name));
    }

    private static void fail(String message) {
        System.err.println("partner-orders benchmark: " + message);
        System.exit(2);
    }

    private record Result(
            List<Long> latencies, double elapsedSeconds, Map<Integer, AtomicLong> statuses, long wrongEntries) {

        double percentileMillis(double quantile) {
            if (latencies.isEmpty()) {
                return Double.NaN;
            }
            List<Long> sorted = latencies.stream().sorted().toList();
            int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
            return sorted.get(Math.max(index, 0)) / 1e6;
        }
    }
}
