package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.adapters.ui.shared.kit.EmptyState;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.PageRequest.Order;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record list against a source that counts what it is asked: the grid reads only the page it
 * shows, sorts in the source, starts again from the first page when a filter changes, and says what
 * to do when there is nothing to show.
 */
@OpsCharterSpringTest
class RecordListIT extends ViewTest {

    record Row(int number, String name) {
    }

    /** Numbered rows, filtered by a text in their name, sorted by "number" or "name"; every call recorded. */
    static final class CountingSource implements RecordSource<Row, String> {

        final List<Row> rows;
        final List<PageRequest> pages = new ArrayList<>();
        final List<String> filters = new ArrayList<>();
        int counts;

        CountingSource(int size) {
            rows = IntStream.range(0, size).mapToObj(i -> new Row(i, "Row %04d".formatted(i))).toList();
        }

        @Override
        public List<Row> page(String filter, PageRequest page) {
            pages.add(page);
            filters.add(filter);
            Comparator<Row> order = Comparator.comparingInt(Row::number);
            for (var sort : page.sort().reversed()) {
                Comparator<Row> by = sort.key().equals("name") ? Comparator.comparing(Row::name) : order;
                order = (sort.descending() ? by.reversed() : by).thenComparing(order);
            }
            return rows.stream().filter(r -> r.name().contains(filter)).sorted(order).skip(page.offset())
                    .limit(page.limit()).toList();
        }

        @Override
        public long count(String filter) {
            counts++;
            filters.add(filter);
            return rows.stream().filter(r -> r.name().contains(filter)).count();
        }
    }

    private final TextField filter = new TextField();

    private RecordList<Row, String> list(CountingSource source) {
        filter.setId("rows-filter");
        var list = new RecordList<Row, String>("rows", source, Row::number, filter::getValue);
        list.column("organization.department.code", r -> r.number(), "number");
        list.column("organization.department.name-en", Row::name, "name");
        list.column("organization.department.kind", r -> "unsorted", null);
        list.filters(filter);
        UI.getCurrent().add(list);
        list.refresh(null);
        return list;
    }

    /** A list scrolled to a row, with what the source was asked so far forgotten. */
    private RecordList<Row, String> scrolledTo(CountingSource source, int first) {
        var list = list(source);
        scrollTo(first);
        source.pages.clear();
        source.filters.clear();
        return list;
    }

    /** What the browser does when the grid scrolls: asks for a range of rows, answered at the round trip. */
    private void scrollTo(int first) {
        grid().getDataCommunicator().setRequestedRange(first, RecordList.PAGE_SIZE);
        roundTrip();
    }

    @Test
    void each_scroll_reads_one_page_of_fifty_from_the_source_and_never_everything() {
        var source = new CountingSource(10_000);
        list(source);

        scrollTo(0);
        assertThat(source.pages).containsExactly(new PageRequest(0, 50));
        assertThat(source.counts).isOne();

        source.pages.clear();
        scrollTo(5_000);
        assertThat(source.pages).containsExactly(new PageRequest(5_000, 50));

        source.pages.clear();
        scrollTo(9_950);
        assertThat(source.pages).containsExactly(new PageRequest(9_950, 50));
        assertThat(test(grid()).getRow(9_999)).isEqualTo(new Row(9_999, "Row 9999"));
    }

    @Test
    void a_sorted_column_hands_its_sort_key_to_the_page_and_an_unsorted_one_cannot_be_sorted() {
        var source = new CountingSource(200);
        scrolledTo(source, 0);

        test(grid()).sortByColumn(1, SortDirection.DESCENDING);
        scrollTo(0);

        assertThat(source.pages).last().isEqualTo(new PageRequest(0, 50, List.of(new Order("name", true))));
        assertThat(test(grid()).getRow(0)).isEqualTo(new Row(199, "Row 0199"));
        assertThat(test(grid()).isColumnSortable(0)).isTrue();
        assertThat(test(grid()).isColumnSortable(2)).isFalse();
    }

    @Test
    void a_filter_change_reads_the_first_page_of_what_it_finds() {
        var source = new CountingSource(1_000);
        scrolledTo(source, 600);

        test(filter).setValue("Row 01");
        scrollTo(0);

        assertThat(source.filters).isNotEmpty().allMatch("Row 01"::equals);
        assertThat(source.pages).containsExactly(new PageRequest(0, 50));
        assertThat(test(grid()).size()).isEqualTo(100);
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> assertThat(js.getInvocation().getExpression()).contains("scrollToIndex"));
    }

    @Test
    void with_no_records_the_list_says_what_to_do_and_with_a_filter_that_nothing_matches() {
        var list = list(new CountingSource(0));
        var addFirst = new Button("Add the first", e -> { });
        addFirst.setId("rows-add-first");
        list.emptyState("organization.department.empty", addFirst);

        assertThat(emptyState().text()).isEqualTo("No departments yet. Add the first one: each person and each "
                + "duty of the charter belongs to a department.");
        assertThat(button("rows-add-first").isVisible()).isTrue();

        test(filter).setValue("anything");

        assertThat(emptyState().text()).isEqualTo("Nothing matches the filter. Change or clear it to see more.");
        assertThat(addFirst.isVisible()).isFalse();

        test(filter).setValue("");

        assertThat(emptyState().text()).startsWith("No departments yet.");
        assertThat(addFirst.isVisible()).isTrue();
    }

    @Test
    void a_row_opens_on_double_click_and_a_refresh_keeps_the_record_selected_as_loaded_now() {
        var source = new CountingSource(120);
        var list = list(source);
        var opened = new ArrayList<Row>();
        list.onOpen(opened::add);

        test(grid()).doubleClickRow(3);
        assertThat(opened).containsExactly(new Row(3, "Row 0003"));

        var renamed = new Row(3, "Row 0003 renamed");
        list.refresh(renamed);

        assertThat(list.selected()).contains(renamed);
        assertThat(test(grid()).getSelected()).containsExactly(renamed);
    }

    @SuppressWarnings("unchecked")
    private Grid<Row> grid() {
        return $(Grid.class).id("rows-grid");
    }

    private EmptyState emptyState() {
        return $(EmptyState.class).single();
    }
}
