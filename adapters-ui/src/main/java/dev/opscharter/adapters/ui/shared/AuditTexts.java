package dev.opscharter.adapters.ui.shared;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.messages.Messages;
import dev.opscharter.domain.shared.AuditEntry.FieldChange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The audit trail in the reader's words: record types, fields and, where a value is a code (a
 * state, a role, a kind, a deviation type), the value through the bundle key the rest of the
 * application shows it by; ids of people and departments by their names; dates and times by
 * locale; who acted by their person's name, the scheduler and the system as such. Duty types are
 * codes the charter defines: they are named by the charter's text for them, and a charter line's
 * routing by the charter screens' words.
 */
final class AuditTexts {

    static final String EMPTY_VALUE = "—";
    private static final String ENTITY = "audit.entity.";
    private static final String FIELD = "audit.field.";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");
    /** Codes a field holds, by the key prefix that names them; "<Type>.<field>" before "<field>". */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("WorkItem.status", "charter.work-item.status."),
            Map.entry("WorkItem.kind", "charter.work-item.kind."),
            Map.entry("CorrectiveAction.status", "actions.status."),
            Map.entry("Department.kind", "department-kind."),
            Map.entry("involvement", "charter.involvement."),
            Map.entry("language", "language."),
            Map.entry("part", "appraisal.part."),
            Map.entry("roles", "role."),
            Map.entry("state", "audit.value.state."));
    /** The charter's audit keeps one field per line, named by the line's duty type. */
    private static final String CHARTER = "Charter";
    /** A charter line as the charter's audit keeps it: "EXCLUDED → <department id> [MANAGEMENT] 中文 / English". */
    private static final Pattern CHARTER_LINE = Pattern.compile("([A-Z_]+)(?: → (\\S+))?(?: \\[([A-Z_]+)])? (.*)",
            Pattern.DOTALL);
    /** Fields that name a user by their user name. */
    private static final Set<String> USERS = Set.of("owner", "by");

    private final Component in;
    private final Set<String> keys = Messages.bundled().keys();
    private final UnaryOperator<String> users;
    private final UnaryOperator<String> people;
    private final UnaryOperator<String> departments;
    private final UnaryOperator<String> dutyTypes;

    /**
     * @param users       user name → person's name
     * @param people      person id → name
     * @param departments department id → name in the reader's language
     * @param dutyTypes   duty type code → the charter's text for it in the reader's language
     */
    AuditTexts(Component in, UnaryOperator<String> users, UnaryOperator<String> people,
               UnaryOperator<String> departments, UnaryOperator<String> dutyTypes) {
        this.in = in;
        this.users = users;
        this.people = people;
        this.departments = departments;
        this.dutyTypes = dutyTypes;
    }

    String type(String type) {
        return keyed(ENTITY + type, type);
    }

    String field(String type, String field) {
        return isCharterLine(type, field) ? dutyTypes.apply(field) : keyed(FIELD + field, field);
    }

    /** 按计划 / Scheduled, 系统 / System, 未登录 / Nobody signed in, or the person's name. */
    String who(String actor) {
        if (actor.equals("anonymous")) {
            return in.getTranslation("audit.actor.anonymous");
        }
        return RunTexts.actor(in, actor, users);
    }

    String change(String type, FieldChange change) {
        return in.getTranslation("audit.change", field(type, change.field()), value(type, change.field(), change.before()),
                value(type, change.field(), change.after()));
    }

    String value(String type, String field, String value) {
        if (value.isEmpty()) {
            return EMPTY_VALUE;
        }
        if (isCharterLine(type, field)) {
            return charterLine(value);
        }
        var prefix = CODES.getOrDefault(type + "." + field, CODES.get(field));
        if (prefix != null) {
            return Arrays.stream(value.split(",")).map(String::strip).map(code -> keyed(prefix + code, code))
                    .collect(Collectors.joining(in.getTranslation("audit.value.list-separator")));
        }
        return switch (field) {
            case "department" -> departments.apply(value);
            case "dutyType" -> dutyTypes.apply(value);
            case "person" -> people.apply(value);
            case "failure" -> RunTexts.failure(in, value);
            case "signOff" -> signOff(value);
            case "finding" -> finding(value);
            default -> USERS.contains(field) ? users.apply(value) : plain(value);
        };
    }

    /** A field of the charter's audit that no bundle names is one of its lines. */
    private boolean isCharterLine(String type, String field) {
        return type.equals(CHARTER) && !keys.contains(FIELD + field);
    }

    /** "EXCLUDED → <id> [MANAGEMENT] 中文 / English" → "Excluded → IT · Sign-off: management · 中文 / English". */
    private String charterLine(String value) {
        var line = CHARTER_LINE.matcher(value);
        if (!line.matches()) {
            return value;
        }
        var words = new StringBuilder(keyed("charter.involvement." + line.group(1), line.group(1)));
        if (line.group(2) != null) {
            words.append(" → ").append(departments.apply(line.group(2)));
        }
        if (line.group(3) != null) {
            words.append(" · ").append(keyed("charter.sign-off." + line.group(3), line.group(3)));
        }
        return words.append(" · ").append(line.group(4)).toString();
    }

    private String plain(String value) {
        if (value.equals("true") || value.equals("false")) {
            return in.getTranslation("audit.value." + value);
        }
        try {
            if (DATE.matcher(value).matches()) {
                return Formats.date(LocalDate.parse(value));
            }
            if (INSTANT.matcher(value).matches()) {
                return Formats.dateTime(Instant.parse(value));
            }
        } catch (DateTimeParseException notADate) {
            return value;
        }
        return value;
    }

    /** "APPROVED manager" (the decision and who made it) → "批准（李明）". */
    private String signOff(String value) {
        var parts = value.split(" ", 2);
        var key = "audit.value.signOff." + parts[0];
        return keys.contains(key) ? in.getTranslation(key, parts.length > 1 ? users.apply(parts[1]) : "") : value;
    }

    /** "2026-Q2 ORDER_FULFILMENT STEP_LATE SHIP" → the deviation type in words, the rest as it is. */
    private String finding(String value) {
        return Arrays.stream(value.split(" ")).map(word -> keyed("compliance.check.type." + word, word))
                .collect(Collectors.joining(" · "));
    }

    private String keyed(String key, String otherwise) {
        return keys.contains(key) ? in.getTranslation(key) : otherwise;
    }
}
