package dev.opscharter.adapters.ui.survey.invite;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import dev.opscharter.adapters.ui.shared.BoundedUpload;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Paging;
import dev.opscharter.application.organization.PeopleFilter;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.survey.RespondentsRejected;
import dev.opscharter.application.survey.port.in.InviteRespondents;
import dev.opscharter.application.survey.port.in.InviteRespondents.Respondents;
import dev.opscharter.domain.organization.Person;
import dev.opscharter.domain.survey.Campaign;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Invites a campaign's respondents: the active people of its invited departments, but those left out,
 * or an uploaded CSV/Excel list. One request key per opening, so a double click invites once; inviting
 * again later skips whoever was invited. A list with problems invites nobody and shows them by row.
 * The campaign's detail opens it with {@link #open}. Ids: {@code survey-invite-dialog}, {@code -source},
 * {@code -excluded}, {@code -upload}, {@code -problems}, {@code -invite}, {@code -cancel}.
 */
public final class InviteDialog {

    private static final Logger LOG = LoggerFactory.getLogger(InviteDialog.class);
    private static final String ID = "survey-invite";

    private enum Source { DIRECTORY, UPLOAD }

    private record Chosen(Path file, String name) {
    }

    private final InviteRespondents invite;
    private final PeopleQueries people;

    public InviteDialog(InviteRespondents invite, PeopleQueries people) {
        this.invite = invite;
        this.people = people;
    }

    /** Reminds now whoever of {@code campaign} has not answered, says how many, then runs {@code done}. */
    public void remind(Component owner, Campaign campaign, Runnable done) {
        var reminded = new AtomicInteger();
        if (new FormErrors(owner).run(() -> reminded.set(invite.remind(campaign.id())))) {
            FormErrors.success(owner, owner.getTranslation("survey.invite.reminded", reminded.get()));
        }
        done.run();
    }

    /** Opens the dialog for {@code campaign}; {@code done} runs once respondents were invited. */
    public void open(Campaign campaign, Runnable done) {
        new Opened(campaign, done).dialog.open();
    }

    private final class Opened {

        private final Campaign campaign;
        private final Runnable done;
        private final RequestKey request = RequestKey.fresh();
        private final Dialog dialog = new Dialog();
        private final RadioButtonGroup<Source> source = new RadioButtonGroup<>();
        private final MultiSelectComboBox<Person> excluded = new MultiSelectComboBox<>();
        private final Div uploadArea = new Div();
        private final Span chosenName = new Span();
        private final Div problems = new Div();
        private @Nullable Chosen chosen;

        Opened(Campaign campaign, Runnable done) {
            this.campaign = campaign;
            this.done = done;
            dialog.setId(ID + "-dialog");
            dialog.setHeaderTitle(dialog.getTranslation("survey.invite.dialog.title"));
            source.setId(ID + "-source");
            source.setItems(Source.values());
            source.setItemLabelGenerator(s -> dialog.getTranslation(s == Source.DIRECTORY
                    ? "survey.invite.dialog.directory" : "survey.invite.dialog.upload"));
            source.setValue(Source.DIRECTORY);
            source.addValueChangeListener(e -> showSource());
            excluded.setId(ID + "-excluded");
            excluded.setLabel(dialog.getTranslation("survey.invite.dialog.excluded"));
            // paged from the database as the manager types: a department may have thousands of people
            var invited = Set.copyOf(campaign.invited());
            excluded.setItems(query -> people.list(new PeopleFilter(query.getFilter().filter(t -> !t.isBlank()),
                    invited, false), Paging.of(query)).stream());
            excluded.setItemLabelGenerator(p -> p.name() + " · " + p.email().value());
            excluded.setWidthFull();
            uploadArea.add(new Paragraph(dialog.getTranslation("survey.invite.dialog.upload-hint")), upload(),
                    chosenName);
            chosenName.addClassName("muted");
            problems.setId(ID + "-problems");
            var inviteButton = new Button(dialog.getTranslation("survey.invite.dialog.invite"), e -> invite());
            inviteButton.setId(ID + "-invite");
            inviteButton.addThemeVariants(ButtonVariant.PRIMARY);
            inviteButton.setDisableOnClick(true);
            inviteButton.addClickListener(e -> inviteButton.setEnabled(true));
            var cancel = new Button(dialog.getTranslation("survey.invite.dialog.cancel"), e -> dialog.close());
            cancel.setId(ID + "-cancel");
            dialog.add(source, excluded, uploadArea, problems);
            dialog.getFooter().add(cancel, inviteButton);
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    discard();
                }
            });
            showSource();
        }

        private Upload upload() {
            var ui = UI.getCurrent();
            var tooLarge = dialog.getTranslation("survey.invite.refused.too-large",
                    InviteRespondents.MAX_FILE_BYTES >> 20);
            var upload = new Upload(BoundedUpload.toTempFile(InviteRespondents.MAX_FILE_BYTES, tooLarge,
                    (metadata, file) -> ui.access(() -> choose(new Chosen(file.toPath(), metadata.fileName())))));
            upload.setId(ID + "-upload");
            upload.setUploadFormat(UploadFormat.RAW);
            upload.setMaxFiles(1);
            upload.setMaxFileSize((int) InviteRespondents.MAX_FILE_BYTES);
            upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            BoundedUpload.showRejections(upload);
            upload.addFileRemovedListener(e -> discard());
            return upload;
        }

        private void showSource() {
            var directory = source.getValue() != Source.UPLOAD;
            excluded.setVisible(directory);
            uploadArea.setVisible(!directory);
            problems.removeAll();
        }

        private void choose(Chosen file) {
            discard();
            chosen = file;
            chosenName.setText(file.name());
            problems.removeAll();
        }

        private void invite() {
            problems.removeAll();
            Respondents respondents;
            if (source.getValue() == Source.UPLOAD) {
                var file = chosen;
                if (file == null) {
                    FormErrors.error(dialog, dialog.getTranslation("survey.invite.dialog.no-file"));
                    return;
                }
                respondents = new Respondents.Upload(file.file(), file.name());
            } else {
                respondents = new Respondents.Directory(excluded.getValue().stream().map(Person::id)
                        .collect(Collectors.toSet()));
            }
            new FormErrors(dialog).run(() -> {
                try {
                    var invited = invite.invite(campaign.id(), request, respondents);
                    FormErrors.success(dialog, dialog.getTranslation("survey.invite.dialog.done", invited.invited(),
                            invited.skipped()));
                    dialog.close();
                    done.run();
                } catch (RespondentsRejected rejected) {
                    showProblems(rejected);
                }
            });
        }

        private void showProblems(RespondentsRejected rejected) {
            problems.add(new Paragraph(dialog.getTranslation("survey.invite.dialog.rejected")));
            for (var problem : rejected.problems()) {
                var reason = dialog.getTranslation(problem.messageKey(), problem.arguments().toArray());
                problems.add(new Div(dialog.getTranslation("survey.invite.dialog.row", problem.row(), reason)));
            }
        }

        /** The uploaded file is the user's list of people: deleted once it is no longer needed. */
        private void discard() {
            var file = chosen;
            chosen = null;
            chosenName.setText("");
            if (file != null) {
                try {
                    Files.deleteIfExists(file.file());
                } catch (IOException e) {
                    LOG.warn("could not delete an uploaded list of respondents: {}", e.getClass().getName());
                }
            }
        }
    }
}
