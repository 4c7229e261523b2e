package io.livedrop.web.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CursorPageTest {

    private final CursorRequest firstThree = new CursorRequest(3, null);

    @Test
    void extraRowIsDroppedAndNextCursorPointsAtLastItemKept() {
        CursorPage<Integer> page = CursorPage.of(List.of(10, 9, 8, 7), firstThree, n -> Cursor.of(n));

        assertThat(page.items()).containsExactly(10, 9, 8);
        assertThat(Cursor.decode(page.nextCursor()).longValue(0)).isEqualTo(8);
    }

    @Test
    void exactlyLimitRowsIsTheLastPage() {
        CursorPage<Integer> page = CursorPage.of(List.of(10, 9, 8), firstThree, n -> Cursor.of(n));

        assertThat(page.items()).containsExactly(10, 9, 8);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void noRowsIsAnEmptyLastPage() {
        CursorPage<Integer> page = CursorPage.of(List.of(), firstThree, n -> Cursor.of(n));

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void fetchSizeIsOneMoreThanTheLimit() {
        assertThat(firstThree.fetchSize()).isEqualTo(4);
    }

    @Test
    void mappingKeepsTheCursor() {
        CursorPage<Integer> page = CursorPage.of(List.of(10, 9, 8, 7), firstThree, n -> Cursor.of(n));

        CursorPage<String> mapped = page.map(n -> "#" + n);

        assertThat(mapped.items()).containsExactly("#10", "#9", "#8");
        assertThat(mapped.nextCursor()).isEqualTo(page.nextCursor());
    }

    @Test
    void limitOutsideOneToHundredIsRefused() {
        assertThatThrownBy(() -> new CursorRequest(0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CursorRequest(101, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
