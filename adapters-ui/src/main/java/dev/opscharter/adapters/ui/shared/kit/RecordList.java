package dev.opscharter.adapters.ui.shared.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Paging;
import dev.opscharter.adapters.ui.shared.Toolbar;
import dev.opscharter.application.shared.WithSteps;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A list of records as every context shows one: a title, a toolbar of filters and actions, a grid
 * read page by page from the database (sorted there by the columns' sort keys) and an empty state
 * that says what to do. Ids: {@code <prefix>-grid}, {@code <prefix>-empty}.
 */
public final class RecordList<T, F> extends Composite<VerticalLayout> {

    /** Rows per fetch: what the grid asks for per scroll. */
    public static final int PAGE_SIZE = 50;

    private final RecordSource<T, F> source;
    private final ValueProvider<T, Object> rowId;
    private final Supplier<F> filter;
    private final Grid<T> grid;
    private final Toolbar toolbar = new Toolbar();
    private final EmptyState empty;
    private final List<HasValue<?, ?>> filterFields = new ArrayList<>();
    /** Sets the step buttons for the record selected now; a no-op until {@link #steps} is called. */
    private Runnable stepButtons = () -> { };

    /**
     * @param rowId  what identifies a row across fetches (a new version of a record is the same row)
     * @param filter the filter as the fields set it, read at each refresh
     */
    public RecordList(String idPrefix, RecordSource<T, F> source, ValueProvider<T, Object> rowId, Supplier<F> filter) {
        this(idPrefix, new Grid<>(), source, rowId, filter);
    }

    /** A list on a grid whose columns are already defined, for a record type shown the same way in several places. */
    public RecordList(String idPrefix, Grid<T> grid, RecordSource<T, F> source, ValueProvider<T, Object> rowId,
                      Supplier<F> filter) {
        this.grid = grid;
        this.source = source;
        this.rowId = rowId;
        this.filter = filter;
        this.empty = new EmptyState(idPrefix + "-empty");
        grid.setId(idPrefix + "-grid");
        grid.setPageSize(PAGE_SIZE);
        grid.setEmptyStateComponent(empty);
        var content = getContent();
        content.setPadding(false);
        content.setSizeFull();
        content.add(toolbar, grid);
        content.setFlexGrow(1, grid);
    }

    public void title(String text) {
        getContent().addComponentAsFirst(new H2(text));
    }

    /** A column; with a sort key it is sortable, and the key is what the page asks the database to sort by. */
    public Grid.Column<T> column(String headerKey, ValueProvider<T, ?> value, @Nullable String sortKey) {
        var column = grid.addColumn(value).setHeader(getTranslation(headerKey));
        if (sortKey != null) {
            column.setSortProperty(sortKey);
        }
        return column;
    }

    /** A column of a status badge, or of several in one component (enabled and locked, say). */
    public Grid.Column<T> badgeColumn(String headerKey, Function<T, ? extends Component> badge) {
        return grid.addComponentColumn(row -> (Component) badge.apply(row)).setHeader(getTranslation(headerKey))
                .setAutoWidth(true);
    }

    /** What a click on a row unfolds under it (all of a long cell, say); a second click folds it. */
    public void rowDetails(Function<T, ? extends Component> details) {
        grid.setItemDetailsRenderer(new ComponentRenderer<>(row -> (Component) details.apply(row)));
    }

    /** CSS part names of a row (e.g. {@code unread}), for styling rows by their record's state. */
    public void rowPartNames(SerializableFunction<T, @Nullable String> names) {
        grid.setPartNameGenerator(names);
    }

    /** Filter fields, first in the toolbar; each change shows the first page of what the filter finds. */
    public void filters(Component... fields) {
        for (var field : fields) {
            toolbar.addComponentAtIndex(filterFields.size(), field);
            if (field instanceof HasValue<?, ?> value) {
                filterFields.add(value);
                value.addValueChangeListener(e -> {
                    refresh(null);
                    grid.scrollToStart();
                });
            }
        }
    }

    public Button action(String textKey, String id, Runnable run) {
        return toolbar.button(textKey, id, run);
    }

    /**
     * A toolbar button per step of the selected record, as a {@link RecordDialog} shows them: enabled
     * exactly when the domain lists the step open for the user, disabled with the reason when blocked,
     * disabled when not listed or nothing is selected. A click takes the step on the record as loaded
     * now; afterwards the list is read again with the record still selected.
     *
     * @param detail the record as stored now with its steps (the query port's {@code detail})
     */
    public <K extends Enum<K>> void steps(StepActions<T, K> actions, Function<T, WithSteps<T, K>> detail) {
        var buttons = new LinkedHashMap<K, Button>();
        var current = new ArrayList<WithSteps<T, K>>(1);
        actions.actions().forEach((kind, action) -> {
            var button = toolbar.button(action.textKey(), action.id(), () -> current.stream().findFirst()
                    .ifPresent(shown -> action.form().take(this, shown.record(), () -> refreshKeeping(shown, detail))));
            action.theme().ifPresent(button::addThemeVariants);
            buttons.put(kind, button);
        });
        stepButtons = () -> {
            current.clear();
            selected().ifPresent(row -> new FormErrors(this).run(() -> current.add(detail.apply(row))));
            buttons.forEach((kind, button) -> {
                var step = current.stream().findFirst().flatMap(shown -> shown.step(kind));
                button.setEnabled(step.map(s -> s.isOpen()).orElse(false));
                button.setTooltipText(step.flatMap(s -> s.blockedBy())
                        .map(why -> getTranslation(why.messageKey(), why.arguments().toArray())).orElse(null));
            });
        };
        onSelectionChange(selected -> stepButtons.run());
        stepButtons.run();
    }

    private <K extends Enum<K>> void refreshKeeping(WithSteps<T, K> shown, Function<T, WithSteps<T, K>> detail) {
        var fresh = new ArrayList<T>(1);
        new FormErrors(this).run(() -> fresh.add(detail.apply(shown.record()).record()));
        refresh(fresh.isEmpty() ? null : fresh.getFirst());
    }

    /** What the list says when there are no records at all, and the button that adds the first. */
    public void emptyState(String messageKey, @Nullable Button callToAction) {
        empty.noRecords(messageKey, callToAction);
        empty.show(isFiltered());
    }

    /** Double-click on a row, or Enter on the selected one, opens it. */
    public void onOpen(Consumer<T> open) {
        grid.addItemDoubleClickListener(e -> open.accept(e.getItem()));
        Shortcuts.addShortcutListener(grid, () -> selected().ifPresent(open), Key.ENTER).listenOn(grid);
    }

    /** A click on a row opens it: for lists that only navigate, where selecting means nothing. */
    public void onClick(Consumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
    }

    public void onSelectionChange(Consumer<Optional<T>> changed) {
        grid.addSelectionListener(e -> changed.accept(e.getFirstSelectedItem()));
    }

    public Optional<T> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    /**
     * Reads the list again from the first page, for the filter as set now.
     *
     * @param keep the record (as loaded now) to show selected, e.g. the one just changed; null selects nothing
     */
    public void refresh(@Nullable T keep) {
        var current = filter.get();
        grid.setItems(Paging.lazy(page -> source.page(current, page), () -> source.count(current), rowId));
        empty.show(isFiltered());
        if (keep != null) {
            grid.select(keep);
        }
        stepButtons.run();
    }

    private boolean isFiltered() {
        return filterFields.stream().anyMatch(field -> !field.isEmpty());
    }
}
