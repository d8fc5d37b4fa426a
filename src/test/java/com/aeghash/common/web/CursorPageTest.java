package com.aeghash.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CursorPageTest {

    private static final List<Long> IDS_NEWEST_FIRST =
            LongStream.rangeClosed(1, 7).map(id -> 8 - id).boxed().toList();
    private static final CursorPage.Keyset<Long> NEWEST_FIRST =
            new CursorPage.Keyset<>("test", Long.MAX_VALUE, id -> id);

    @Test
    void walksAKeysetListPageByPageUntilNextIsNull() {
        CursorPage<Long> first = page(null, 3);
        CursorPage<Long> second = page(first.next(), 3);
        CursorPage<Long> last = page(second.next(), 3);

        assertThat(first.items()).containsExactly(7L, 6L, 5L);
        assertThat(second.items()).containsExactly(4L, 3L, 2L);
        assertThat(last.items()).containsExactly(1L);
        assertThat(last.next()).isNull();
    }

    @Test
    void aPageThatHoldsTheLastRowExactlyHasNoNext() {
        assertThat(page(null, 7).next()).isNull();
        assertThat(page(null, 7).items()).hasSize(7);
    }

    @Test
    void refusesACursorOfAnotherKindOrNoCursorAtAll() {
        String offsets = Paging.of(null, 3, 0, 20).pageOf(List.of(1, 2, 3, 4)).next();

        assertThat(CursorPage.position(page(null, 3).next(), "test", Long.MAX_VALUE))
                .isEqualTo(5L);
        assertThatThrownBy(() -> CursorPage.position(offsets, "test", Long.MAX_VALUE))
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(400);
                    assertThat(problem.field()).isEqualTo("cursor");
                });
        assertThatThrownBy(() -> CursorPage.position("%%%", "test", 0)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> CursorPage.position(CursorPage.encode("test", 1) + "x", "test", 0))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void limitsOutsideOneToTheMaximumAreA400NamingLimit() {
        assertThat(CursorPage.limit(null, 20)).isEqualTo(20);
        assertThat(CursorPage.limit(CursorPage.LIMIT_MAX, 20)).isEqualTo(CursorPage.LIMIT_MAX);
        assertThatThrownBy(() -> CursorPage.limit(0, 20))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        problem -> assertThat(problem.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> CursorPage.limit(CursorPage.LIMIT_MAX + 1, 20)).isInstanceOf(ApiException.class);
    }

    @Test
    void anOffsetCursorContinuesWhereThePreviousPageEndedAndPageAndSizeStillWork() {
        List<Integer> rows = List.of(10, 11, 12, 13, 14, 15, 16);
        ResultPage<Integer> first = Paging.of(null, 3, 0, 20).pageOf(rows.subList(0, 4));
        Paging second = Paging.of(first.next(), 3, 0, 20);
        Paging older = Paging.of(2, 3);

        assertThat(first.items()).containsExactly(10, 11, 12);
        assertThat(first.hasMore()).isTrue();
        assertThat(second.offset()).isEqualTo(3);
        assertThat(second.size()).isEqualTo(3);
        assertThat(older.offset()).isEqualTo(6);
        assertThat(older.page()).isEqualTo(2);
        assertThat(Paging.of(null, 3, 0, 20).pageOf(rows.subList(0, 3)).next()).isNull();
    }

    private static CursorPage<Long> page(String cursor, int limit) {
        return CursorPage.read(
                NEWEST_FIRST,
                cursor,
                limit,
                (before, rows) -> IDS_NEWEST_FIRST.stream()
                        .filter(id -> id < before)
                        .limit(rows)
                        .toList());
    }
}
