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
 *   <li>members through {@code POST /api/v1/members}: the hot tree, a chain of {@code chain} members (each referred
 *       and sponsored by the previous one) with {@code buyers} buyers under its last member; the cold trees,
 *       {@code chains} chains of the same depth with {@code buyers / chains} buyers each. Every buyer sits at depth
 *       >= 25 in both trees, so each order pays 10 + 20 = 30 bonus entries;</li>
 *   <li>smoke check: one signed hash-power credit to a registered member must answer 201 (signing, partner
 *       configuration);</li>
 *   <li>warm-up, then {@code duration} seconds of signed orders by the hot buyers (hot), then as long by the cold
 *       buyers (cold), from {@code concurrency} threads (unique order id, Idempotency-Key and nonce each), latency
 *       measured per request;</li>
 *   <li>the floor: {@code floor.sql} (one order's rows as one plain transaction) by {@code pgbench -c concurrency}
 *       on its own database of the same server;</li>
 *   <li>prints each leg, then the last three lines {@code hot/cold}, {@code cold/floor} and {@code p99} (the higher
 *       of the two legs' p99, in ms).</li>
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
                "8",
                "duration",
                "30",
                "warmup",
                "30",
                "chain",
                "25",
                "buyers",
                "200",
                "floor-dir",
                "bench/partner-orders",
                "pgbench-db",
                "aeghash_pgbench",
                "pg-host",
                "127.0.0.1",
                "pg-port",
                "5432",
                "pg-user",
                "postgres"));
        options.put("chains", "16");
        for (int index = 0; index + 1 < args.length; index += 2) {
            if (!args[index].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[index]);
            }
            options.put(args[index].substring(2), args[index + 1]);
        }
        new PartnerOrderBench(options).run();
    }

    private void run() throws Exception {
        createOperator();
        List<String> hotBuyers = registerChain("bench-c", null, integer("chain"), integer("buyers"));
        // one root per organization: the cold chains hang below the hot chain's root, at depth 26+ of their buyers,
        // beyond every paid level (referral 10, sponsor 20), so they share no paid upline
        String hotRoot = "bench-c001";
        List<String> coldBuyers = new ArrayList<>();
        int chains = integer("chains");
        for (int chain = 1; chain <= chains; chain++) {
            coldBuyers.addAll(registerChain(
                    String.format("bench-k%02d-", chain),
                    hotRoot,
                    integer("chain"),
                    Math.max(1, integer("buyers") / chains)));
        }
        smokeCheck(hotBuyers.get(0));
        int concurrency = integer("concurrency");
        System.out.printf("warm-up: %d s of orders with %d concurrent requests%n", integer("warmup"), concurrency);
        sendOrders(hotBuyers, concurrency, Duration.ofSeconds(integer("warmup")), "w");
        System.out.printf(
                "hot: %d s of orders, all buyers under one chain, %d concurrent requests%n",
                integer("duration"), concurrency);
        Result hot = sendOrders(hotBuyers, concurrency, Duration.ofSeconds(integer("duration")), "h");
        System.out.printf(
                "cold: %d s of orders, buyers under %d disjoint chains, %d concurrent requests%n",
                integer("duration"), chains, concurrency);
        Result cold = sendOrders(coldBuyers, concurrency, Duration.ofSeconds(integer("duration")), "k");
        double floor = floor();
        report(hot, cold, floor);
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

    /** A chain of {@code chain} members below {@code top} (null: the first is the root), then buyers under its last. */
    private List<String> registerChain(String prefix, String top, int chain, int buyerCount) throws Exception {
        String previous = top;
        for (int index = 1; index <= chain; index++) {
            String member = String.format("%s%03d", prefix, index);
            register(member, previous);
            previous = member;
        }
        List<String> buyers = new ArrayList<>();
        for (int index = 1; index <= buyerCount; index++) {
            String buyer = String.format("%sb%05d", prefix, index);
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

    /**
     * The floor: {@code floor.sql} (one order's rows as one plain transaction) by pgbench on its own database, with as
     * many clients as the service legs had connections; its transactions per second are orders per second.
     */
    private double floor() throws Exception {
        List<String> connection =
                List.of("-h", options.get("pg-host"), "-p", options.get("pg-port"), "-U", options.get("pg-user"));
        String directory = options.get("floor-dir");
        List<String> schema =
                new ArrayList<>(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-f", directory + "/floor-schema.sql"));
        schema.addAll(connection);
        schema.add(options.get("pgbench-db"));
        execute(schema);
        String clients = options.get("concurrency");
        List<String> bench = new ArrayList<>(List.of(
                "pgbench",
                "-n",
                "-c",
                clients,
                "-j",
                "2",
                "-T",
                options.get("duration"),
                "-f",
                directory + "/floor.sql"));
        bench.addAll(connection);
        bench.add(options.get("pgbench-db"));
        System.out.println("floor: pgbench -n -c " + clients + " -j 2 -T " + options.get("duration") + " -f floor.sql");
        Matcher tps = TPS.matcher(execute(bench));
        if (!tps.find()) {
            fail("could not read tps from pgbench's output");
        }
        return Double.parseDouble(tps.group(1));
    }

    static String execute(List<String> command) throws Exception {
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

    private static void report(Result hot, Result cold, double floor) {
        System.out.println();
        for (Map.Entry<String, Result> leg : Map.of("hot", hot, "cold", cold).entrySet()) {
            Result orders = leg.getValue();
            System.out.printf(
                    "%-4s answers %s, orders/s %.1f, latency p50 %.1f ms, p99 %.1f ms%n",
                    leg.getKey(),
                    orders.statuses(),
                    orders.perSecond(),
                    orders.percentileMillis(0.50),
                    orders.percentileMillis(0.99));
            if (orders.wrongEntries() > 0) {
                System.out.println("WARNING: " + orders.wrongEntries() + " " + leg.getKey() + " orders did not pay "
                        + EXPECTED_BONUS_ENTRIES + " bonus entries (check the bonus plan and the member depths)");
            }
        }
        System.out.printf("floor orders/s %.1f (pgbench, the same rows as one plain transaction per order)%n", floor);
        double p99 = Math.max(hot.percentileMillis(0.99), cold.percentileMillis(0.99));
        System.out.printf(
                "goals: hot >= 0.9 x cold %s, cold >= 1.0 x floor %s, p99 < 50 ms %s%n",
                hot.perSecond() >= 0.9 * cold.perSecond() ? "met" : "MISSED",
                cold.perSecond() >= floor ? "met" : "MISSED",
                p99 < 50 ? "met" : "MISSED");
        System.out.printf("hot/cold %.3f%n", hot.perSecond() / cold.perSecond());
        System.out.printf("cold/floor %.3f%n", cold.perSecond() / floor);
        System.out.printf("p99 %.1f%n", p99);
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

        /** Answered orders (201) per second; the latencies are those of the 201 answers. */
        double perSecond() {
            return latencies.size() / elapsedSeconds;
        }

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
