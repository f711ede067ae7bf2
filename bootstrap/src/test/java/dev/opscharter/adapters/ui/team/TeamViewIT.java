package dev.opscharter.adapters.ui.team;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import dev.opscharter.adapters.ui.NotFoundView;
import dev.opscharter.adapters.ui.ViewTest;
import dev.opscharter.adapters.ui.shared.kit.PeriodField;
import dev.opscharter.application.organization.port.in.MyAccount;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.AttachmentFile;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.team.port.in.ManageTraining;
import dev.opscharter.application.team.port.in.ManageTraining.NewCourse;
import dev.opscharter.application.team.port.in.RecordAppraisals;
import dev.opscharter.application.team.port.in.TeamQueries;
import dev.opscharter.application.team.port.in.TeamQueries.Member;
import dev.opscharter.application.team.service.TeamIndicatorsSource;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.SignedIn;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.team.TrainingEvidence;
import dev.opscharter.domain.team.TrainingPlanId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The team's screen through the real use cases on PostgreSQL, in English: the manager draws up a year's plan, adds
 * a course for two of the Operations staff, records one's attendance and completion and reads the year's completion
 * and each attendee's state; a result of a quarter is recorded with its pass rate, a self-review is refused in the
 * user's words; a completion takes a certificate as a file, shown by its name as a download link, and a file over
 * the bound is refused in the user's language; the scorecard's links open a year and a quarter; a specialist records without drawing up; an
 * auditor reads only; a department lead and the administrator cannot open it.
 */
@OpsCharterSpringTest
@WithUserDetails("manager")
class TeamViewIT extends ViewTest {

    /** Years and quarters long past, one per test, apart from the demo's and each other's: one plan a year. */
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 200));

    @Autowired
    TeamQueries queries;
    @Autowired
    ManageTraining manage;
    @Autowired
    RecordAppraisals appraisals;
    @Autowired
    MyAccount account;
    @Autowired
    UserDetailsService users;

    private final int n = NEXT.getAndIncrement();
    private final int year = 1991 + n % 30;
    private final Period.Quarter quarter = new Period.Quarter(1991 + n / 4 % 30, n % 4 + 1);

    @BeforeEach
    void the_user_reads_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private void open(Map<String, String> parameters) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("team", QueryParameters.simple(parameters));
        assertThat(getCurrentView()).isInstanceOf(TeamView.class);
    }

    /** Follows a drill-down's link, as its anchor in the browser would: a route with its query. */
    private void follow(String link) {
        var parts = link.split("\\?", 2);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts[1]));
        assertThat(getCurrentView()).isInstanceOf(TeamView.class);
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return $(Grid.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return $(ComboBox.class).id(id);
    }

    /** Whether the button is on screen: one the user may not use is hidden. */
    private boolean shown(String id) {
        return $(Button.class).withId(id).exists();
    }

    private String text(String id) {
        return textOf($(Span.class).id(id));
    }

    /** Two of the Operations staff other than the signed-in user. */
    private List<Member> twoOthers() {
        var me = account.me().person().id();
        return queries.staff().stream().filter(m -> !m.id().equals(me)).limit(2).toList();
    }

    @Test
    void the_manager_draws_up_a_plan_adds_a_course_and_records_an_attendance_and_its_completion() {
        var due = LocalDate.of(year, 3, 31);
        var attendees = twoOthers();
        open(Map.of("year", Integer.toString(year)));
        assertThat(shown("team-course-add")).isFalse();
        assertThat(text("team-training-completion")).isEqualTo("Training plan completion " + year
                + ": no data (no attendance is due yet)");

        assertThat(button("team-plan-draw").getText()).isEqualTo("Draw up the plan of " + year);
        click("team-plan-draw");
        assertThat(notifications()).contains("Training plan drawn up");
        assertThat(queries.plan(year)).isPresent();
        assertThat(shown("team-plan-draw")).isFalse();
        assertThat(shown("team-plan-history")).as("the manager does not read the audit trail").isFalse();
        assertThat(button("team-attendance-record").isEnabled()).isFalse();
        assertThat(button("team-attendance-record").getTooltip().getText())
                .isEqualTo("The training plan of " + year + " has no course yet.");

        click("team-course-add");
        test(textField("team-course-code")).setValue("LEAN-" + n);
        test(textField("team-course-title")).setValue("Lean basics");
        test(datePicker("team-course-due")).setValue(due);
        $(MultiSelectComboBox.class).id("team-course-attendees").select(attendees);
        click("team-course-save");
        assertThat(notifications()).contains("Course added");
        assertThat(rowTexts(grid("team-courses-grid"), 0)).contains("LEAN-" + n, "Lean basics", "2", "0 of 2");

        click("team-attendance-record");
        assertThat(this.<Object>combo("team-attendance-course").getValue()).isNotNull();
        combo("team-attendance-person").setValue(attendees.getFirst().id());
        test(datePicker("team-attendance-on")).setValue(due.minusDays(20));
        click("team-attendance-save");
        assertThat(notifications()).contains("Attendance recorded");

        click("team-completion-record");
        combo("team-completion-person").setValue(attendees.getFirst().id());
        test(datePicker("team-completion-on")).setValue(due.minusDays(19));
        test($(TextArea.class).id("team-completion-evidence")).setValue("Test passed, certificate L-7");
        click("team-completion-save");
        assertThat(notifications()).contains("Completion recorded");

        var course = queries.plan(year).orElseThrow().record().courses().getFirst();
        assertThat(course.attendanceOf(attendees.getFirst().id()).flatMap(a -> a.completion()).orElseThrow()
                .evidence()).isEqualTo(new TrainingEvidence.Note("Test passed, certificate L-7"));
        assertThat(text("team-training-completion")).isEqualTo("Training plan completion " + year
                + ": 50.0% (1 of 2 attendances due completed on time)");
        assertThat(textOf($(H3.class).id("team-attendance-title"))).isEqualTo("Attendance: LEAN-" + n
                + " · Lean basics");
        var attendance = this.<Object>grid("team-attendance-grid");
        assertThat(List.of(rowTexts(attendance, 0), rowTexts(attendance, 1))).satisfiesExactlyInAnyOrder(
                row -> assertThat(row).contains(attendees.getFirst().name(), "Test passed, certificate L-7",
                        "Completed on time"),
                row -> assertThat(row).contains(attendees.getLast().name(), "Missing"));
    }

    @Test
    void a_result_is_recorded_for_the_quarter_and_makes_its_pass_rate() {
        var person = twoOthers().getFirst();
        open(Map.of("quarter", quarter.key()));
        assertThat($(TabSheet.class).id("team-tabs").getSelectedIndex()).isEqualTo(1);
        assertThat(text("team-pass-rate")).isEqualTo("Appraisal pass rate Q" + quarter.quarter() + " "
                + quarter.year() + ": no data (nobody appraised yet)");
        assertThat(text("team-appraisal-pending")).startsWith("Not appraised yet: ").contains(person.name());

        click("team-appraisal-record");
        combo("team-appraisal-person").setValue(person);
        test($(IntegerField.class).id("team-appraisal-score")).setValue(59);
        assertThat(this.<Member>combo("team-appraisal-reviewer").getValue().id())
                .isEqualTo(account.me().person().id());
        click("team-appraisal-save");

        assertThat(notifications()).contains("Appraisal result recorded");
        assertThat(queries.appraisals(quarter)).singleElement().satisfies(result -> {
            assertThat(result.person()).isEqualTo(person.id());
            assertThat(result.score()).isEqualTo(59);
            assertThat(result.reviewer()).isEqualTo(account.me().person().id());
        });
        assertThat(rowTexts(grid("team-appraisals-grid"), 0)).contains(person.name(), "59", "Failed", "60",
                account.me().person().name());
        assertThat(text("team-pass-rate")).endsWith(": 0.0% (0 of 1 passed)");
        assertThat(text("team-appraisal-pending")).doesNotContain(person.name());

        test(grid("team-appraisals-grid")).select(0);
        click("team-appraisal-correct");
        test($(IntegerField.class).id("team-appraisal-score")).setValue(60);
        click("team-appraisal-fix-save");
        assertThat(notifications()).contains("Appraisal result corrected");
        assertThat(text("team-pass-rate")).endsWith(": 100.0% (1 of 1 passed)");
    }

    @Test
    void a_self_review_is_refused_in_the_users_language_and_nothing_is_recorded() {
        var me = account.me().person();
        open(Map.of("quarter", quarter.key()));
        click("team-appraisal-record");
        combo("team-appraisal-person").setValue(new Member(me.id(), me.name()));
        test($(IntegerField.class).id("team-appraisal-score")).setValue(88);
        click("team-appraisal-save");

        assertThat(notifications()).contains("Nobody reviews their own appraisal.");
        assertThat($(Dialog.class).id("team-appraisal-dialog").isOpened()).isTrue();
        assertThat(queries.appraisals(quarter)).isEmpty();
    }

    @Test
    void the_scorecards_links_open_a_years_plan_and_a_quarters_appraisals_and_a_malformed_link_is_said() {
        var plan = manage.drawPlan(RequestKey.fresh(), year);
        manage.addCourse(plan, new NewCourse("SAFE-" + n, "Safety", LocalDate.of(year, 6, 30),
                twoOthers().stream().map(Member::id).toList()), 1);

        follow(TeamIndicatorsSource.YEAR_LINK + year);
        assertThat($(TabSheet.class).id("team-tabs").getSelectedIndex()).isZero();
        assertThat($(IntegerField.class).id("team-year").getValue()).isEqualTo(year);
        assertThat(rowTexts(grid("team-courses-grid"), 0)).contains("SAFE-" + n, "Safety");
        assertThat(text("team-training-completion")).contains(": 0.0% (0 of 2");

        follow(TeamIndicatorsSource.QUARTER_LINK + quarter.key());
        assertThat($(TabSheet.class).id("team-tabs").getSelectedIndex()).isOne();
        assertThat($(PeriodField.class).id("team-quarter").getValue()).isEqualTo(quarter);

        open(Map.of("quarter", "2026-Q5"));
        assertThat(notifications()).contains("Not a period: 2026-Q5 (write 2026-Q3 or 2026)");
    }

    @Test
    void in_chinese_the_states_and_the_completion_read_in_chinese_with_the_percentage_by_locale() {
        var plan = manage.drawPlan(RequestKey.fresh(), year);
        manage.addCourse(plan, new NewCourse("ZH-" + n, "精益", LocalDate.of(year, 4, 30),
                twoOthers().stream().map(Member::id).toList()), 1);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        open(Map.of("year", Integer.toString(year)));

        assertThat(text("team-training-completion"))
                .isEqualTo(year + " 年培训计划完成率：0.0%（按期完成的应到人次 0 / 2）");
        assertThat(rowTexts(grid("team-attendance-grid"), 0)).contains("未完成");
    }

    /** A plan of the year with one course, drawn up by the manager. */
    private TrainingPlanId planWithCourse() {
        return new SignedIn(users).as("manager", () -> {
            var plan = manage.drawPlan(RequestKey.fresh(), year);
            manage.addCourse(plan, new NewCourse("C-" + n, "Customer care", LocalDate.of(year, 9, 30),
                    twoOthers().stream().map(Member::id).toList()), 1);
            return plan;
        });
    }

    private static final byte[] CERTIFICATE = "%PDF-1.7 Lean basics certificate".getBytes(StandardCharsets.US_ASCII);

    /** The completion form of the first attendee of {@link #planWithCourse()}, who attended, with a file chosen. */
    private Member completionByFile(TrainingPlanId plan, String fileLabel) {
        var attendee = twoOthers().getFirst();
        manage.recordAttendance(plan, "C-" + n, attendee.id(), LocalDate.of(year, 9, 1), 2);
        open(Map.of("year", Integer.toString(year)));
        click("team-completion-record");
        combo("team-completion-person").setValue(attendee.id());
        test(datePicker("team-completion-on")).setValue(LocalDate.of(year, 9, 2));
        assertThat(shown("team-completion-save")).isTrue();
        test($(RadioButtonGroup.class).id("team-completion-proof")).selectItem(fileLabel);
        assertThat(shown("team-completion-save")).as("the file's attach button records").isFalse();
        assertThat($(TextArea.class).withId("team-completion-evidence").exists()).isFalse();
        return attendee;
    }

    @Test
    void a_completion_takes_a_certificate_as_a_file_which_shows_by_its_name_as_a_download_link() {
        var plan = planWithCourse();
        var attendee = completionByFile(plan, "A file (certificate, test result)");

        test($(Upload.class).id("team-completion-file")).upload("lean-certificate.pdf", "text/html",
                CERTIFICATE);
        click("team-completion-file-attach");

        assertThat(notifications()).contains("Attached: lean-certificate.pdf");
        assertThat($(Dialog.class).withId("team-completion-dialog").all()).noneMatch(Dialog::isOpened);
        var evidence = queries.plan(year).orElseThrow().record().courses().getFirst().attendanceOf(attendee.id())
                .flatMap(a -> a.completion()).orElseThrow().evidence();
        assertThat(evidence).isInstanceOfSatisfying(TrainingEvidence.Attachment.class, attached -> {
            var file = queries.evidence(plan, attached.attachment());
            assertThat(file.content()).isEqualTo(CERTIFICATE);
            assertThat(file.contentType()).as("judged from the bytes").isEqualTo("application/pdf");
            assertThat(queries.evidenceNames(plan)).containsEntry(attached.attachment(), "lean-certificate.pdf");
        });
        var attendance = this.<Object>grid("team-attendance-grid");
        assertThat(rowTexts(attendance, 0)).contains(attendee.name(), "lean-certificate.pdf", "Completed on time");
        assertThat(test(attendance).getCellComponent(0, 3)).isInstanceOfSatisfying(Anchor.class, link -> {
            assertThat(link.getId()).contains("team-evidence-" + attendee.id());
            assertThat(link.getHref()).as("served by the download handler").isNotBlank();
        });
    }

    @Test
    void a_file_over_the_bound_is_refused_in_the_users_language_and_no_completion_is_recorded() {
        var plan = planWithCourse();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        var attendee = completionByFile(plan, "文件（证书、考试结果）");

        test($(Upload.class).id("team-completion-file")).upload("scan.pdf", "application/pdf",
                new byte[AttachmentFile.MAX_BYTES + 1]);

        assertThat(notifications()).contains("文件超过 10 MB");
        assertThat(button("team-completion-file-attach").isEnabled()).isFalse();
        assertThat(queries.plan(year).orElseThrow().record().courses().getFirst().attendanceOf(attendee.id())
                .flatMap(a -> a.completion())).isEmpty();
    }

    @Test
    void postgresql_refuses_a_completion_citing_a_file_that_was_never_kept() {
        var plan = planWithCourse();
        var attendee = twoOthers().getFirst();
        manage.recordAttendance(plan, "C-" + n, attendee.id(), LocalDate.of(year, 9, 1), 2);

        assertThatThrownBy(() -> manage.recordCompletion(plan, "C-" + n, attendee.id(), LocalDate.of(year, 9, 2),
                new TrainingEvidence.Attachment(UUID.randomUUID()), 3))
                .hasStackTraceContaining("training_attendee_attachment_fk");
        assertThat(queries.plan(year).orElseThrow().record().version()).isEqualTo(3);
        assertThat(queries.evidenceNames(plan)).isEmpty();
    }

    @Test
    @WithUserDetails("specialist")
    void a_specialist_records_but_does_not_draw_up_the_plan() {
        var plan = planWithCourse();
        open(Map.of("year", Integer.toString(year)));

        assertThat(shown("team-plan-draw")).isFalse();
        assertThat(shown("team-course-add")).isFalse();
        assertThat(button("team-attendance-record").isEnabled()).isTrue();
        assertThat(button("team-completion-record").isEnabled()).isTrue();
        assertThatThrownBy(() -> manage.addCourse(plan, new NewCourse("X-" + n, "X", LocalDate.of(year, 5, 5),
                twoOthers().stream().map(Member::id).toList()), 2)).isInstanceOf(AccessDenied.class);

        open(Map.of("quarter", quarter.key()));
        assertThat(button("team-appraisal-record").isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("auditor")
    void the_auditor_reads_the_team_but_records_nothing_and_is_refused_by_the_use_case() {
        planWithCourse();
        open(Map.of("year", Integer.toString(year)));

        assertThat(rowTexts(grid("team-courses-grid"), 0)).contains("C-" + n, "Customer care");
        assertThat(shown("team-plan-draw")).isFalse();
        assertThat(shown("team-course-add")).isFalse();
        assertThat(shown("team-attendance-record")).isFalse();
        assertThat(shown("team-completion-record")).isFalse();

        open(Map.of("quarter", quarter.key()));
        assertThat($(PeriodField.class).id("team-quarter").getValue()).isEqualTo(quarter);
        assertThat(shown("team-appraisal-record")).isFalse();
        assertThat(shown("team-appraisal-correct")).isFalse();
        assertThatThrownBy(() -> appraisals.record(RequestKey.fresh(), twoOthers().getFirst().id(), quarter, 70,
                twoOthers().getLast().id())).isInstanceOf(AccessDenied.class);
    }

    @Test
    @WithUserDetails("director")
    void the_director_follows_the_plans_and_a_results_history_into_the_audit_trail() {
        var plan = planWithCourse();
        var others = twoOthers();
        var result = appraisals.record(RequestKey.fresh(), others.getFirst().id(), quarter, 75, others.getLast().id());

        open(Map.of("year", Integer.toString(year)));
        click("team-plan-history");
        assertTrailShows("TrainingPlan", plan.toString());

        open(Map.of("quarter", quarter.key()));
        assertThat(button("team-appraisal-history").isEnabled()).isFalse();
        test(grid("team-appraisals-grid")).select(0);
        click("team-appraisal-history");
        assertTrailShows("AppraisalResult", result.toString());
    }

    /** The audit trail filtered to the record: its type chosen, its id typed, its entries listed. */
    @SuppressWarnings("unchecked")
    private void assertTrailShows(String type, String id) {
        assertThat(getCurrentView()).isNotInstanceOf(TeamView.class);
        assertThat(((ComboBox<String>) $(ComboBox.class).id("audit-entity-type")).getValue()).isEqualTo(type);
        assertThat(textField("audit-entity-id").getValue()).isEqualTo(id);
        assertThat(test(grid("audit-grid")).size()).as("at least its creation").isPositive();
    }

    @Test
    @WithUserDetails("sales.lead")
    void a_department_lead_cannot_open_the_team() {
        UI.getCurrent().navigate("team");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThatThrownBy(() -> queries.plan(year)).isInstanceOf(AccessDenied.class);
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_cannot_open_the_team() {
        UI.getCurrent().navigate("team");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
