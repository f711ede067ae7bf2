package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A recurring collaboration meeting (协同例会): with which departments, on what, and when it recurs. The schedule
 * creates each {@link Meeting} from it.
 */
public record MeetingSeries(MeetingSeriesId id, String title, String topic, Set<DepartmentCode> departments,
                            Recurrence recurrence, boolean active, long version) {

    public static final int MAX_TITLE = 150;
    public static final int MAX_TOPIC = 500;

    /** SPEC's defaults: weekly with Sales and Marketing on business progress, monthly with Finance on costs. */
    public static List<MeetingSeries> defaults() {
        return List.of(
                new MeetingSeries(MeetingSeriesId.random(), "销售与市场周例会", "业务进展",
                        inOrder(new DepartmentCode("SALES"), new DepartmentCode("MARKETING")),
                        new Recurrence.Weekly(DayOfWeek.MONDAY, LocalTime.of(10, 0)), true, 0),
                new MeetingSeries(MeetingSeriesId.random(), "财务月度对账会", "核对运营成本",
                        inOrder(new DepartmentCode("FINANCE")),
                        new Recurrence.Monthly(5, LocalTime.of(14, 0)), true, 0));
    }

    private static Set<DepartmentCode> inOrder(DepartmentCode... departments) {
        return Departments.atLeast(1, List.of(departments), "departments");
    }

    public MeetingSeries {
        Objects.requireNonNull(id, "id");
        title = Require.text(title, "title", MAX_TITLE);
        topic = Require.text(topic, "topic", MAX_TOPIC);
        departments = Departments.atLeast(1, departments, "departments");
        Require.present(recurrence, "recurrence");
    }

    public static MeetingSeries create(String title, String topic, Set<DepartmentCode> departments,
                                       Recurrence recurrence, Actor by) {
        Refusal.enforce(Guards.manager(by));
        return new MeetingSeries(MeetingSeriesId.random(), title, topic, departments, recurrence, true, 0);
    }

    public MeetingSeries withVersion(long next) {
        return new MeetingSeries(id, title, topic, departments, recurrence, active, next);
    }

    /** When the next meeting is due after {@code after}; none once the series has ended. */
    public Optional<Instant> nextAfter(Instant after, ZoneId zone) {
        return active ? Optional.of(recurrence.nextAfter(after, zone)) : Optional.empty();
    }

    public MeetingSeries reschedule(Recurrence next, Actor by) {
        Refusal.enforce(Guards.manager(by).or(this::ended));
        return new MeetingSeries(id, title, topic, departments, next, active, version);
    }

    public MeetingSeries end(Actor by) {
        Refusal.enforce(Guards.manager(by).or(this::ended));
        return new MeetingSeries(id, title, topic, departments, recurrence, false, version);
    }

    private Optional<Refusal> ended() {
        return active ? Optional.empty() : Refusal.because("rule.collaboration.series-ended", title);
    }

    /** The series' fields as an auditor reads them. */
    public Map<String, String> snapshot() {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("title", title);
        snapshot.put("topic", topic);
        snapshot.put("departments", Departments.describe(departments));
        snapshot.put("recurrence", recurrence.toString());
        snapshot.put("active", Boolean.toString(active));
        return snapshot;
    }
}
