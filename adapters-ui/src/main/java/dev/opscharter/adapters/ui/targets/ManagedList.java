package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import org.jspecify.annotations.Nullable;

import java.util.function.Consumer;

/**
 * The buttons of a list that managers keep (units, metrics): "new" and "edit" in the toolbar, shown only
 * to those who may manage, edit enabled while a row is selected, a double click editing too; and the
 * empty state's words, with a button that adds the first record for a manager.
 * Ids {@code <prefix>-new}, {@code <prefix>-edit}, {@code <prefix>-empty-new}.
 */
final class ManagedList {

    private ManagedList() {
    }

    /** @param open opens the editor of a record as loaded, or of a new one (null) */
    static <T> void buttons(RecordList<T, ?> list, boolean manager, String idPrefix, String newKey,
                            String emptyKey, Consumer<@Nullable T> open) {
        var create = list.action(newKey, idPrefix + "-new", () -> open.accept(null));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(manager);
        var edit = list.action("targets.edit", idPrefix + "-edit", () -> list.selected().ifPresent(open));
        edit.setVisible(manager);
        edit.setEnabled(false);
        list.onSelectionChange(selected -> edit.setEnabled(selected.isPresent()));
        if (manager) {
            list.onOpen(open::accept);
            var first = new Button(list.getTranslation(newKey), e -> open.accept(null));
            first.setId(idPrefix + "-empty-new");
            list.emptyState(emptyKey + ".manager", first);
        } else {
            list.emptyState(emptyKey, null);
        }
    }
}
