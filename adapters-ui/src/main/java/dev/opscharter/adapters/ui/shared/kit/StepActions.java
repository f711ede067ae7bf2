package dev.opscharter.adapters.ui.shared.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import dev.opscharter.adapters.ui.shared.Attempt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a record dialog shows each kind of step: the button's text key, its DOM id (stable: the
 * end-to-end tests find buttons by it), its look, and what a click does. Which steps appear, and
 * whether enabled, is the domain's answer, never this class's.
 */
public final class StepActions<R, K extends Enum<K>> {

    /** Takes a step on the record: runs its use case at once, or opens a little form first. */
    @FunctionalInterface
    public interface StepForm<R> {

        /** @param done reloads the record; call it once the step ran, whether or not it was refused */
        void take(Component owner, R record, Runnable done);

        /** The step needs no input: run the use case, confirm or tell why not, reload. */
        static <R> StepForm<R> now(String successKey, Consumer<R> useCase) {
            return (owner, record, done) -> {
                Attempt.run(owner, successKey, () -> useCase.accept(record));
                done.run();
            };
        }
    }

    record Action<R>(String textKey, String id, StepForm<R> form, Optional<ButtonVariant> theme) {
    }

    private final Map<K, Action<R>> actions = new LinkedHashMap<>();

    public StepActions<R, K> on(K kind, String textKey, String id, StepForm<R> form) {
        actions.put(kind, new Action<>(textKey, id, form, Optional.empty()));
        return this;
    }

    /** A step with a look: {@code PRIMARY} for the step the record waits for, {@code ERROR} for undoing ones. */
    public StepActions<R, K> on(K kind, String textKey, String id, ButtonVariant theme, StepForm<R> form) {
        actions.put(kind, new Action<>(textKey, id, form, Optional.of(theme)));
        return this;
    }

    /** The text a step's little form asks for (a note, a comment, a reason), as wide as the form. */
    public static TextArea note(Component owner, String id, String labelKey, boolean required, int maxLength) {
        var area = new TextArea(owner.getTranslation(labelKey));
        area.setId(id);
        area.setRequiredIndicatorVisible(required);
        area.setMaxLength(maxLength);
        area.setWidthFull();
        return area;
    }

    /** The kinds with a button, in the order the footer shows them. */
    Map<K, Action<R>> actions() {
        return actions;
    }
}
