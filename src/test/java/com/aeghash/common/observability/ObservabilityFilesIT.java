package com.aeghash.common.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.VendorOutcome;
import com.aeghash.common.jobs.CountingLockProvider;
import com.aeghash.common.metrics.BatchRunMetrics;
import com.aeghash.common.metrics.CommittedCounts;
import com.aeghash.common.metrics.VendorCallMetrics;
import com.aeghash.partner.internal.hashpower.HashpowerCreditService;
import com.aeghash.partner.internal.orders.PartnerOrderService;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.core.LockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard and the Prometheus alert rules in {@code deploy/observability} use only metrics the service
 * registers, under their Prometheus names: a renamed or removed meter fails here instead of leaving an empty panel or
 * an alert that can never fire.
 */
@IntegrationTest
class ObservabilityFilesIT {

    private static final Path DASHBOARD = Path.of("deploy/observability/grafana-dashboard.json");
    private static final Path ALERT_RULES = Path.of("deploy/observability/prometheus-alerts.yml");
    /** The service's own metrics and the HTTP server's; Prometheus' own series (up, ...) are not checked. */
    private static final Pattern METRIC = Pattern.compile("\\b((?:aeghash|http_server)_[a-z0-9_]+)\\b");

    @LocalServerPort
    int port;

    @Test
    void everyMetricTheDashboardAndTheAlertRulesReferenceIsRegistered() throws IOException {
        Set<String> referenced = new TreeSet<>();
        dashboardExpressions().forEach(expression -> referenced.addAll(metricsIn(expression)));
        alertExpressions().forEach(expression -> referenced.addAll(metricsIn(expression)));

        Set<String> registered = new TreeSet<>(scrapedNames(applicationScrape()));
        registered.addAll(scrapedNames(meteredOnFirstUse()));

        assertThat(referenced).as("the files reference the business metrics").hasSizeGreaterThan(15);
        assertThat(registered).containsAll(referenced);
    }

    /** The application's scrape after a request of each kind that registers a meter on first use. */
    private String applicationScrape() {
        ApiClient admin = ApiClient.admin(port);
        assertThat(admin.get("/api/v1/ops/ledger/invariants").status()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port)
                        .post("/api/aegmall/v1/orders", "{}")
                        .status())
                .as("an unsigned partner call is refused and counted")
                .isEqualTo(401);
        ApiClient.Response scrape = admin.get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        return scrape.body();
    }

    /**
     * The meters created on first use with tags of the moment (a vendor method, a job, a partner), registered the way
     * the service does through the same classes, scraped in Prometheus form.
     */
    private static String meteredOnFirstUse() {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new VendorCallMetrics(meters, "mblock").time("balanceOf", () -> 1, failure -> VendorOutcome.UNKNOWN);
        BatchRunMetrics batch = new BatchRunMetrics(meters, "mining-profit");
        batch.run("completed", System.nanoTime());
        batch.chunk(1, 1);
        CommittedCounts counts = new CommittedCounts(meters);
        counts.increment(PartnerOrderService.ORDERS_METRIC, "orders", Tags.of("partner", "shop", "event", "created"));
        counts.increment(HashpowerCreditService.CREDITS_METRIC, "credits", Tags.of("partner", "shop", "source", "API"));
        LockConfiguration job = new LockConfiguration(Instant.now(), "job", Duration.ofMinutes(1), Duration.ZERO);
        new CountingLockProvider(configuration -> Optional.of(() -> {}), meters).lock(job);
        new CountingLockProvider(configuration -> Optional.empty(), meters).lock(job);
        return meters.scrape();
    }

    private static Set<String> scrapedNames(String scrape) {
        Set<String> names = new TreeSet<>();
        scrape.lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0])
                .forEach(names::add);
        return names;
    }

    private static Set<String> metricsIn(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = METRIC.matcher(expression);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<String> dashboardExpressions() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                expressions.add(target.path("expr").asString());
            }
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            expressions.add(variable.path("query").asString());
        }
        assertThat(expressions).as("the dashboard's queries").hasSizeGreaterThan(10);
        return expressions;
    }

    @SuppressWarnings("unchecked")
    private static List<String> alertExpressions() throws IOException {
        Map<String, Object> rules;
        try (InputStream file = Files.newInputStream(ALERT_RULES)) {
            rules = new Yaml().load(file);
        }
        List<String> expressions = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                assertThat(rule).containsKeys("alert", "expr", "labels", "annotations");
                expressions.add((String) rule.get("expr"));
            }
        }
        assertThat(expressions).as("the alert rules").hasSizeGreaterThan(5);
        return expressions;
    }
}
