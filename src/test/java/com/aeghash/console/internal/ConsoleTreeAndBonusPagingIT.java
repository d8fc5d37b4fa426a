package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusDistribution;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.organization.OrganizationChanges;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The referral tree's wide level, loaded a page of referrals at a time ("show more" by keyset, a member revealed on
 * the page that holds it), and the lists that grow with the bonus plan: closings, spillovers below a sponsor and a
 * member's bonus entries, each walked page by page: every row once in order, a row added meanwhile not repeated.
 */
@OnEachDatabase
class ConsoleTreeAndBonusPagingIT extends ConsolePagingTestBase {

    private static final Pattern SHOW_MORE =
            Pattern.compile("hx-get=\"([^\"]+)\"\\s+hx-target=\"closest li\"\\s+hx-swap=\"outerHTML\">show more");
    private static final Pattern SHOW_EARLIER =
            Pattern.compile("hx-get=\"([^\"]+)\"\\s+hx-target=\"closest li\"\\s+hx-swap=\"outerHTML\">show earlier");

    ConsoleTreeAndBonusPagingIT(TestDatabases.Kind database) {
        super(database);
    }

    @Autowired
    OrganizationChanges organization;

    @Autowired
    BonusDistribution bonus;

    @Test
    void aWideReferralLevelIsLoadedAPageAtATimeAndARevealLoadsThePageHoldingTheMember() {
        String referrer = ConsoleFixtures.registeredMember(jdbc, organization);
        String prefix = TestIds.unique("w").toLowerCase(Locale.ROOT);
        IntStream.range(0, 120).forEach(index -> register(prefix + "-" + String.format("%03d", index), referrer));
        String deep = prefix + "-100-child";
        register(deep, prefix + "-100");
        BrowserSession operations = signedIn();
        Pattern referral = Pattern.compile("id=\"node-(" + Pattern.quote(prefix) + "-\\d{3})\"");

        String drawn = operations
                .get("/console/organization?memberId=" + referrer + "&tree=unilevel&depth=1")
                .body();
        List<String> shown = new ArrayList<>(all(referral, drawn));
        String more = first(SHOW_MORE, drawn);
        assertThat(shown).containsExactlyElementsOf(ids(prefix, 0, TreeReferrals.PAGE_SIZE));
        boolean added = false;
        while (more != null) {
            String loaded = operations.get(more).body();
            if (!added) {
                register(prefix + "-120", referrer);
                added = true;
            }
            assertThat(all(referral, loaded)).hasSizeLessThanOrEqualTo(TreeReferrals.PAGE_SIZE);
            shown.addAll(all(referral, loaded));
            more = first(SHOW_MORE, loaded);
        }
        assertThat(shown).containsExactlyElementsOf(ids(prefix, 0, 121));

        String revealed = operations
                .get("/console/organization?memberId=" + referrer + "&tree=unilevel&depth=1&find=" + deep)
                .body();
        assertThat(revealed).contains("class=\"node revealed\" id=\"node-" + deep + "\"");
        List<String> revealedPage = all(referral, revealed);
        assertThat(revealedPage)
                .hasSizeLessThanOrEqualTo(TreeReferrals.PAGE_SIZE)
                .startsWith(prefix + "-100");
        String earlier = first(SHOW_EARLIER, revealed);
        assertThat(all(referral, operations.get(earlier).body())).containsExactlyElementsOf(ids(prefix, 50, 100));
        assertThat(operations
                        .get("/console/organization/children?tree=unilevel&memberId=" + TestIds.member())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void closingsArePagedNewestFirst() {
        long minutes = ThreadLocalRandom.current().nextLong(1, 10_000_000);
        Instant start = Instant.parse("1980-01-01T00:00:00Z").plus(minutes, ChronoUnit.MINUTES);
        List<String> mine = new ArrayList<>();
        IntStream.range(0, 45).forEach(index -> mine.add(0, closing(start.plus(index, ChronoUnit.MINUTES))));
        List<String> later = new ArrayList<>();

        List<PageWalk.Page> pages = new PageWalk(
                        new ConsoleFixtures(port, ledger).signedInAsAdmin(),
                        Pattern.compile("/console/bonus/closings/\\d+\""))
                .within(PageWalk.between("<h2>Closings</h2>", "<h2>Preview a closing</h2>"))
                .afterFirstPage(() -> later.add(closing(start.plus(45, ChronoUnit.MINUTES))))
                .walk("/console/bonus");

        List<String> shown = PageWalk.markers(pages);
        assertThat(shown).doesNotHaveDuplicates().doesNotContainAnyElementsOf(later);
        assertThat(shown.stream().filter(mine::contains).toList()).containsExactlyElementsOf(mine);
        assertThat(pages.get(0).markers()).hasSize(BonusPageController.CLOSINGS_SHOWN);
    }

    @Test
    void spilloversBelowASponsorArePagedInTheOrderTheyHappened() {
        String sponsor = ConsoleFixtures.registeredMember(jdbc, organization);
        String prefix = TestIds.unique("s").toLowerCase(Locale.ROOT);
        IntStream.range(0, 55).forEach(index -> register(prefix + "-" + String.format("%03d", index), sponsor));

        List<PageWalk.Page> pages = new PageWalk(
                        signedIn(),
                        Pattern.compile(Pattern.quote(prefix)
                                + "-\\d{3}(?=</td>\\s*<td>[^<]*</td>\\s*<td>(?:LEFT|RIGHT)</td>)"))
                .within(PageWalk.between("<h2>Spillovers below", null))
                .afterFirstPage(() -> register(prefix + "-055", sponsor))
                .walk("/console/organization?memberId=" + sponsor + "&depth=1");

        PageWalk.assertShown(pages, ids(prefix, 2, 56));
        assertThat(pages.get(0).markers()).hasSize(OrganizationPageController.SPILLOVERS_SHOWN);
    }

    @Test
    void aMembersBonusEntriesArePagedNewestFirst() {
        String beneficiary = ConsoleFixtures.registeredMember(jdbc, organization);
        String buyer = TestIds.member();
        register(buyer, beneficiary);
        int orders = 0;
        while (entriesOf(beneficiary).size() <= 2 * MemberPageController.RECENT && orders++ < 50) {
            order(buyer);
        }
        assertThat(entriesOf(beneficiary)).hasSizeGreaterThan(2 * MemberPageController.RECENT);
        List<String> expected = entriesOf(beneficiary).stream()
                .map(id -> "/console/bonus/entries/" + id + "\"")
                .toList();

        List<PageWalk.Page> pages = new PageWalk(signedIn(), Pattern.compile("/console/bonus/entries/\\d+\""))
                .within(PageWalk.between("<h2>Bonus entries", null))
                .afterFirstPage(() -> order(buyer))
                .walk("/console/members?memberId=" + beneficiary);

        PageWalk.assertShown(pages, expected);
        assertThat(pages.get(0).markers()).hasSize(MemberPageController.RECENT);
    }

    private void register(String member, String referrerAndSponsor) {
        organization.register(new Registration(member, referrerAndSponsor, referrerAndSponsor), "console-test");
    }

    private void order(String buyer) {
        bonus.distribute(new PaidOrder(TestIds.unique("paging:order"), buyer, new BigDecimal("100"), Instant.now()));
    }

    /** The entry ids of the beneficiary, newest first. */
    private List<Long> entriesOf(String beneficiary) {
        return jdbc.sql("SELECT id FROM bonus_entries WHERE beneficiary_member_id = :member ORDER BY id DESC")
                .param("member", beneficiary)
                .query(Long.class)
                .list();
    }

    /** A completed closing of a cut-off far in the past that took no entry; its link as the list shows it. */
    private String closing(Instant cutoff) {
        jdbc.sql("""
                        INSERT INTO bonus_closings (cutoff, paid_before, status, total_entries, processed_entries,
                            confirmed_entries, cancelled_entries, confirmed_amount, cancelled_amount, chunks,
                            started_by, started_at, finished_at)
                        VALUES (:cutoff, :cutoff, 'COMPLETED', 0, 0, 0, 0, 0, 0, 0, 'paging-test', :cutoff, :cutoff)""").param("cutoff", Timestamp.from(cutoff)).update();
        long id = jdbc.sql("SELECT id FROM bonus_closings WHERE cutoff = :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .query(Long.class)
                .single();
        return "/console/bonus/closings/" + id + "\"";
    }

    private static List<String> all(Pattern pattern, String body) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(body);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
    }

    /** {@code prefix-from} to {@code prefix-(to - 1)}, three digits each. */
    private static List<String> ids(String prefix, int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(index -> prefix + "-" + String.format("%03d", index))
                .toList();
    }
}
