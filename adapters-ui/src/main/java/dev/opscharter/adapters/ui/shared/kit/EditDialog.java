package dev.opscharter.adapters.ui.shared.kit;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.application.shared.RequestKey;
import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A form in a dialog that creates a record or changes one as it was loaded. A new record carries the
 * dialog's request key, so a repeated click creates it once; a change carries the version loaded, and
 * when someone else changed the record meanwhile, "reload" brings the current one (and its version)
 * into the form. Refusals show at their fields or as a notification; the dialog closes on success.
 *
 * <pre>{@code
 * EditDialog.of("department", new DepartmentForm(), DepartmentsView::draftOf)
 *         .creating(DepartmentForm.NEW, manage::create)
 *         .updating((d, draft) -> manage.update(d.id(), draft, d.version()), d -> queries.get(d.id()))
 *         .open(title, department, done);
 * }</pre>
 *
 * @param <R> the record
 * @param <D> the draft the form edits
 */
public final class EditDialog<R, D> {

    /** What the dialog needs of a form: the draft in and out, and where refusals show. */
    public interface Form<D> {

        void setFormDataObject(D draft);

        D getFormDataObject();

        FormErrors errors();
    }

    private final String idPrefix;
    private final Component component;
    private final Form<D> form;
    private final Function<R, D> draftOf;
    private @Nullable D blank;
    private @Nullable BiConsumer<RequestKey, D> create;
    private @Nullable BiConsumer<R, D> update;
    private @Nullable UnaryOperator<R> reload;

    private EditDialog(String idPrefix, Component component, Form<D> form, Function<R, D> draftOf) {
        this.idPrefix = idPrefix;
        this.component = component;
        this.form = form;
        this.draftOf = draftOf;
    }

    /**
     * @param idPrefix the dialog's ids: {@code <idPrefix>-dialog}, {@code -save}, {@code -cancel}, {@code -reload}
     * @param draftOf  the draft of a record as loaded
     */
    public static <R, D, F extends Component & Form<D>> EditDialog<R, D> of(String idPrefix, F form,
                                                                            Function<R, D> draftOf) {
        return new EditDialog<>(idPrefix, form, form, draftOf);
    }

    /** How a new record is created, starting from {@code blank}. */
    public EditDialog<R, D> creating(D blank, BiConsumer<RequestKey, D> create) {
        this.blank = blank;
        this.create = create;
        return this;
    }

    /** How a record is changed (on the version it carries) and loaded again. */
    public EditDialog<R, D> updating(BiConsumer<R, D> update, UnaryOperator<R> reload) {
        this.update = update;
        this.reload = reload;
        return this;
    }

    /**
     * @param record the record as loaded, or null for a new one
     * @param done   runs after each save attempt, successful or not (the list behind reloads)
     */
    public void open(String title, @Nullable R record, Runnable done) {
        form.setFormDataObject(record == null ? Objects.requireNonNull(blank, "creating(…) not given")
                : draftOf.apply(record));
        var request = RequestKey.fresh();
        // the version the change is based on: the one loaded, or the one a reload brought
        var editing = new AtomicReference<@Nullable R>(record);
        var dialog = new FormDialog(title, component.getTranslation("action.save"), idPrefix, component, () -> {
            var loaded = editing.get();
            boolean saved = Attempt.run(component, form.errors(), "kit.edit.saved", () -> {
                if (loaded == null) {
                    Objects.requireNonNull(create).accept(request, form.getFormDataObject());
                } else {
                    Objects.requireNonNull(update, "updating(…) not given").accept(loaded, form.getFormDataObject());
                }
            });
            done.run();
            return saved;
        });
        if (record != null) {
            var again = Objects.requireNonNull(reload, "updating(…) not given");
            dialog.allowReload(idPrefix + "-reload", () -> form.errors().run(() -> {
                var fresh = again.apply(record);
                editing.set(fresh);
                form.setFormDataObject(draftOf.apply(fresh));
            }));
        }
        dialog.open();
    }
}
