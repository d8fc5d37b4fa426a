package com.aeghash;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fuzz run over every operation of the OpenAPI document ({@code /v3/api-docs}, read with Jackson's tree model:
 * the few members it needs do not call for a parser library): the malformed and boundary requests of
 * {@link ApiFuzzCases}, sent as an operator holding every role, as the sandbox's demo partner (signature version
 * 2) on the partner API, and anonymously on the open paths. Every answer must be a 4xx problem (never a 5xx, never
 * accepted) with a {@code code} and one key per name, and the ledger and the member register must be as they were.
 * On H2 and on PostgreSQL. The run is bounded ({@value #PER_OPERATION} cases per operation) and repeatable: its seed is fixed, printed with
 * every failure, and may be changed with {@code -Daeghash.fuzz.seed=...}.
 */
@OnEachDatabase
class ApiFuzzIT extends RunningApplicationTest {

    private static final long SEED = Long.getLong("aeghash.fuzz.seed", 20261202L);
    private static final int PER_OPERATION = 16;
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Autowired
    JdbcClient jdbc;

    ApiFuzzIT(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    @Test
    void everyOperationAnswersMalformedInputWithA4xxProblemAndMovesNothing() {
        ApiClient operator = ApiClient.newOperator(port, "ADMIN", "OPERATIONS", "FINANCE", "MEMBER_APP");
        ApiClient anonymous = ApiClient.anonymous(port);
        JsonNode document = operator.get("/v3/api-docs").json();
        List<ApiFuzzCases.Case> cases = new ApiFuzzCases(document, STRICT, SEED, PER_OPERATION).all();
        Map<String, Object> before = snapshot();

        List<String> failures = new ArrayList<>();
        Set<String> operations = new TreeSet<>();
        for (ApiFuzzCases.Case fuzz : cases) {
            operations.add(fuzz.operation());
            HttpResponse<String> answer = send(fuzz, operator, anonymous);
            String wrong = wrongAbout(answer);
            if (wrong != null) {
                failures.add(fuzz + " -> " + answer.statusCode() + " " + wrong + ": " + excerpt(answer.body()));
            }
        }

        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(50);
        assertThat(failures)
                .as(
                        "seed %d (-Daeghash.fuzz.seed=%d), %d cases over %d operations",
                        SEED, SEED, cases.size(), operations.size())
                .isEmpty();
        assertThat(snapshot())
                .as("ledger and members after the run, seed %d", SEED)
                .isEqualTo(before);
    }

    private HttpResponse<String> send(ApiFuzzCases.Case fuzz, ApiClient operator, ApiClient anonymous) {
        byte[] body = fuzz.body() == null ? new byte[0] : fuzz.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + fuzz.path()))
                .method(
                        fuzz.method(),
                        fuzz.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (fuzz.body() != null) {
            request.header("Content-Type", "application/json");
        }
        request.header("Idempotency-Key", TestIds.unique("fuzz"));
        if (fuzz.path().startsWith("/api/aegmall/")) {
            DemoPartner.sign(request, fuzz.method(), fuzz.path(), body);
            return anonymous.exchange(request);
        }
        if (fuzz.path().startsWith("/api/v1/callbacks/") || fuzz.path().startsWith("/api/from")) {
            return anonymous.exchange(request);
        }
        return operator.exchange(request);
    }

    /** What is wrong with the answer, or null when it is a 4xx problem with a code and one key per name. */
    private static String wrongAbout(HttpResponse<String> answer) {
        if (answer.statusCode() < 400 || answer.statusCode() >= 500) {
            return "not a 4xx";
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "not a problem (" + type + ")";
        }
        try {
            JsonNode problem = STRICT.readTree(answer.body());
            if (!problem.path("code").isString()
                    || problem.path("code").asString().isBlank()) {
                return "a problem without a code";
            }
            if (problem.path("status").asInt() != answer.statusCode()) {
                return "a problem whose status is not the answer's";
            }
            return null;
        } catch (RuntimeException unreadable) {
            return "an unreadable problem ("
                    + unreadable.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    /** What no refused request may change: ledger entries and postings, and the registered members. */
    private Map<String, Object> snapshot() {
        return Map.of(
                "entries",
                jdbc.sql("SELECT COUNT(*) FROM ledger_entries")
                        .query(Long.class)
                        .single(),
                "postings",
                jdbc.sql("SELECT COUNT(*) FROM ledger_postings")
                        .query(Long.class)
                        .single(),
                "postedVolume",
                jdbc.sql("SELECT COALESCE(SUM(ABS(amount)), 0) FROM ledger_postings")
                        .query(BigDecimal.class)
                        .single()
                        .stripTrailingZeros(),
                "members",
                jdbc.sql("SELECT COUNT(*) FROM organization_members")
                        .query(Long.class)
                        .single());
    }

    private static String excerpt(String body) {
        return body.length() <= 300 ? body : body.substring(0, 297) + "...";
    }
}
