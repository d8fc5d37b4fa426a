package com.aeghash.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.LedgerFixtures;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The statement and balance-at endpoints over HTTP: JSON pages, CSV streamed over several pages (the test profile
 * reads 7 postings a page and allows 50 an export), and a 400 naming each bad parameter.
 */
@IntegrationTest
class StatementApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

    private final String member = TestIds.member();

    @Test
    void pagesOfJsonCarryAmountsAsStringsKindsAndACursorToTheNextPage() {
        credits(3);

        ApiClient.Response first = ApiClient.admin(port).get(path("?limit=2"));
        ApiClient.Response second = ApiClient.admin(port).get(path("?limit=2&cursor=" + first.text("next")));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("memberId").asString()).isEqualTo(member);
        var line = first.json().path("items").get(0);
        assertThat(line.path("reference").asString()).isEqualTo("manual-adjustment:" + member + ":3");
        assertThat(line.path("kind").asString()).isEqualTo("adjustment");
        assertThat(line.path("amount").isString()).isTrue();
        assertThat(line.path("amount").asString()).isEqualTo("1.5");
        assertThat(line.path("balanceAfter").asString()).isEqualTo("4.5");
        assertThat(line.path("asset").asString()).isEqualTo("POINT");
        assertThat(line.path("bucket").asString()).isEqualTo("AVAILABLE");
        assertThat(second.json().path("items").size()).isEqualTo(1);
        assertThat(second.json().path("items").get(0).path("balanceAfter").asString())
                .isEqualTo("1.5");
        assertThat(second.json().path("next").isNull()).isTrue();
        assertThat(ApiClient.admin(port).header("Accept", "*/*").get(path("")).contentType())
                .startsWith("application/json");
    }

    @Test
    void everyBadParameterIsA400NamingIt() {
        Map<String, String> queries = Map.of(
                "?limit=0", "limit",
                "?limit=abc", "limit",
                "?asset=point", "asset",
                "?bucket=HELD", "bucket",
                "?from=2026-12-01", "from",
                "?to=yesterday", "to",
                "?cursor=bm9wZQ", "cursor",
                "?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z", "from");

        queries.forEach((query, field) -> {
            ApiClient.Response response = ApiClient.admin(port).get(path(query));
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.text("field")).as(query).isEqualTo(field);
        });
        ApiClient.Response badMember = ApiClient.admin(port).get("/api/v1/members/-x/statement");
        assertThat(badMember.text("field")).isEqualTo("memberId");
    }

    @Test
    void csvStreamsTheWholeStatementWithAHeaderRowAcrossPages() throws IOException {
        credits(20);

        ApiClient.Response response = csv().get(path("?asset=POINT"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"statement-" + member + ".csv\"");
        assertThat(response.header("Content-Length"))
                .as("streamed, not built in memory")
                .isNull();
        CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(response.body()));
        List<CSVRecord> records = parser.getRecords();
        assertThat(parser.getHeaderNames()).containsExactly(StatementCsv.HEADER);
        assertThat(records).hasSize(20);
        assertThat(records.get(0).toMap())
                .containsEntry("reference", "manual-adjustment:" + member + ":20")
                .containsEntry("kind", "adjustment")
                .containsEntry("amount", "1.5")
                .containsEntry("balanceAfter", "30")
                .containsEntry("asset", "POINT")
                .containsEntry("bucket", "AVAILABLE");
        assertThat(records)
                .extracting(record -> record.get("balanceAfter"))
                .startsWith("30", "28.5")
                .endsWith("3", "1.5");
        assertThat(Instant.parse(records.get(0).get("postedAt")))
                .isAfterOrEqualTo(Instant.parse(records.get(19).get("postedAt")));
    }

    @Test
    void csvOfMoreThanTheMaximumIsRefusedBeforeAnythingIsStreamed() {
        credits(51);

        ApiClient.Response tooLong = csv().get(path(""));
        ApiClient.Response narrowed = csv().get(path("?to=" + Instant.now().plusSeconds(60)));
        ApiClient.Response badFilter = csv().get(path("?bucket=nope"));

        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.text("code")).isEqualTo("statement_too_long");
        assertThat(narrowed.status()).isEqualTo(422);
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.text("field")).isEqualTo("bucket");
    }

    @Test
    void balancesAtAPointInTime() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS).minusSeconds(1);
        credits(2);

        ApiClient.Response then = ApiClient.admin(port).get(balances("?at=" + before));
        ApiClient.Response now = ApiClient.admin(port).get(balances("?at=" + Instant.now()));
        ApiClient.Response future =
                ApiClient.admin(port).get(balances("?at=" + Instant.now().plusSeconds(3600)));
        ApiClient.Response malformed = ApiClient.admin(port).get(balances("?at=2026-13-01T00:00:00Z"));

        assertThat(then.status()).isEqualTo(200);
        assertThat(then.json()
                        .path("balances")
                        .get(Asset.POINT.ordinal())
                        .path("available")
                        .asString())
                .isEqualTo("0");
        assertThat(now.json()
                        .path("balances")
                        .get(Asset.POINT.ordinal())
                        .path("available")
                        .asString())
                .isEqualTo("3");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.text("field")).isEqualTo("at");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("field")).isEqualTo("at");
    }

    @Test
    void theMemberAppReadsStatementsAndAnonymousCallersDoNot() {
        credits(1);

        assertThat(ApiClient.newOperator(port, "MEMBER_APP").get(path("")).status())
                .isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get(path("")).status()).isEqualTo(401);
    }

    /** Credits 1.5 to the member's POINT available {@code count} times. */
    private void credits(int count) {
        for (int n = 1; n <= count; n++) {
            ledger.post(LedgerFixtures.credit("manual-adjustment:" + member + ":" + n, member, Asset.POINT, "1.5"));
        }
    }

    private ApiClient csv() {
        return ApiClient.admin(port).header("Accept", "text/csv");
    }

    private String path(String query) {
        return "/api/v1/members/" + member + "/statement" + query;
    }

    private String balances(String query) {
        return "/api/v1/members/" + member + "/balances" + query;
    }
}
