package dev.opscharter.application.survey.service;

import dev.opscharter.application.shared.ImportRefused;
import dev.opscharter.application.shared.ImportRows;
import dev.opscharter.application.survey.RespondentsRejected;
import dev.opscharter.application.survey.RespondentsRejected.Problem;
import dev.opscharter.application.survey.port.in.InviteRespondents;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.organization.EmailAddress;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An uploaded list of respondents, read all or nothing: a header row naming the columns {@code name},
 * {@code email}, {@code department} and optionally {@code language} (in English or Chinese, any order),
 * then one respondent a row. The department is its code or its Chinese or English name, and must be
 * one the campaign invites. The bounds are the survey's, far below the readers' own: a list of people
 * has a few columns of short text, and at most {@value #MAX_ROWS} of them.
 */
final class RespondentList {

    /** Respondents in one file: a large company's whole staff. */
    static final int MAX_ROWS = 5_000;
    /** Columns a row may have: the four known, and a few a spreadsheet adds. */
    static final int MAX_COLUMNS = 20;
    /** Characters in a cell: an e-mail address's maximum. */
    static final int MAX_CELL = 254;
    /** Bytes of the file. */
    static final long MAX_BYTES = InviteRespondents.MAX_FILE_BYTES;

    static final String TOO_LARGE = "survey.invite.refused.too-large";
    static final String TOO_MANY_ROWS = "survey.invite.refused.too-many-rows";
    static final String TOO_MANY_COLUMNS = "survey.invite.refused.too-many-columns";
    static final String CELL_TOO_LONG = "survey.invite.refused.cell-too-long";
    static final String MISSING_COLUMN = "survey.invite.refused.missing-column";
    static final String EMPTY = "survey.invite.refused.empty";
    static final String NAME_MISSING = "survey.invite.refused.name";
    static final String EMAIL_INVALID = "survey.invite.refused.email";
    static final String EMAIL_TWICE = "survey.invite.refused.email-twice";
    static final String DEPARTMENT_UNKNOWN = "survey.invite.refused.department";
    static final String DEPARTMENT_NOT_INVITED = "survey.invite.refused.department-not-invited";
    static final String LANGUAGE_UNKNOWN = "survey.invite.refused.language";

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("姓名", "name"), Map.entry("名字", "name"),
            Map.entry("email", "email"), Map.entry("e-mail", "email"), Map.entry("邮箱", "email"),
            Map.entry("电子邮件", "email"), Map.entry("department", "department"), Map.entry("部门", "department"),
            Map.entry("language", "language"), Map.entry("语言", "language"));
    private static final Map<String, Language> LANGUAGES = Map.of("zh", Language.ZH_CN, "zh_cn", Language.ZH_CN,
            "zh-cn", Language.ZH_CN, "中文", Language.ZH_CN, "en", Language.EN, "english", Language.EN,
            "英文", Language.EN);

    /** One respondent of the list; the name is checked, not kept: the invitation needs only the address. */
    record Uploaded(long row, EmailAddress email, DepartmentId department, Language language) {
    }

    private final Map<String, Department> departments = new HashMap<>();
    private final Set<DepartmentId> invited;
    private final Language fallback;

    /** @param fallback the language of a respondent whose row names none */
    RespondentList(Collection<Department> all, Set<DepartmentId> invited, Language fallback) {
        for (var department : all) {
            departments.putIfAbsent(key(department.code().value()), department);
            departments.putIfAbsent(key(department.name().chinese()), department);
            departments.putIfAbsent(key(department.name().english()), department);
        }
        this.invited = Set.copyOf(invited);
        this.fallback = fallback;
    }

    /** Reads every row (closing them); the respondents, or every problem found by row. */
    List<Uploaded> read(Supplier<ImportRows> file) {
        try (var rows = file.get()) {
            return readAll(rows);
        } catch (ImportRefused refused) {
            throw new RespondentsRejected(List.of(new Problem(refused.line(), refused.messageKey(),
                    refused.arguments())));
        }
    }

    private List<Uploaded> readAll(ImportRows rows) {
        if (!rows.next()) {
            throw RespondentsRejected.at(1, EMPTY);
        }
        var columns = header(rows);
        var problems = new ArrayList<Problem>();
        var respondents = new ArrayList<Uploaded>();
        var rowOfEmail = new HashMap<EmailAddress, Long>();
        while (rows.next()) {
            if (respondents.size() + problems.size() >= MAX_ROWS) {
                throw RespondentsRejected.at(rows.line(), TOO_MANY_ROWS, MAX_ROWS);
            }
            bounded(rows);
            var before = problems.size();
            var row = rows.line();
            var email = email(rows, columns, problems);
            var department = department(rows, columns, problems);
            var language = language(rows, columns, problems);
            if (field(rows, columns.get("name")).isBlank()) {
                problems.add(new Problem(row, NAME_MISSING, List.of()));
            }
            email.map(e -> rowOfEmail.putIfAbsent(e, row)).ifPresent(first ->
                    problems.add(new Problem(row, EMAIL_TWICE, List.of(first))));
            if (problems.size() == before) {
                respondents.add(new Uploaded(row, email.orElseThrow(), department.orElseThrow(),
                        language.orElseThrow()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RespondentsRejected(problems);
        }
        if (respondents.isEmpty()) {
            throw RespondentsRejected.at(rows.line(), EMPTY);
        }
        return respondents;
    }

    /** Which column holds what, from the header row. */
    private Map<String, Integer> header(ImportRows rows) {
        bounded(rows);
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < rows.fieldCount(); i++) {
            var known = HEADERS.get(key(rows.field(i)));
            if (known != null) {
                columns.putIfAbsent(known, i);
            }
        }
        for (var required : List.of("name", "email", "department")) {
            if (!columns.containsKey(required)) {
                throw RespondentsRejected.at(rows.line(), MISSING_COLUMN, required);
            }
        }
        return columns;
    }

    private void bounded(ImportRows rows) {
        if (rows.fieldCount() > MAX_COLUMNS) {
            throw RespondentsRejected.at(rows.line(), TOO_MANY_COLUMNS, MAX_COLUMNS);
        }
        for (int i = 0; i < rows.fieldCount(); i++) {
            if (rows.field(i).length() > MAX_CELL) {
                throw RespondentsRejected.at(rows.line(), CELL_TOO_LONG, i + 1, MAX_CELL);
            }
        }
    }

    private static Optional<EmailAddress> email(ImportRows rows, Map<String, Integer> columns,
                                                List<Problem> problems) {
        var text = field(rows, columns.get("email"));
        try {
            return Optional.of(new EmailAddress(text));
        } catch (InvalidValue invalid) {
            problems.add(new Problem(rows.line(), EMAIL_INVALID, List.of(text)));
            return Optional.empty();
        }
    }

    private Optional<DepartmentId> department(ImportRows rows, Map<String, Integer> columns,
                                              List<Problem> problems) {
        var text = field(rows, columns.get("department"));
        var department = Optional.ofNullable(departments.get(key(text)));
        if (department.isEmpty()) {
            problems.add(new Problem(rows.line(), DEPARTMENT_UNKNOWN, List.of(text)));
        } else if (!invited.contains(department.get().id())) {
            problems.add(new Problem(rows.line(), DEPARTMENT_NOT_INVITED, List.of(text)));
            return Optional.empty();
        }
        return department.map(Department::id);
    }

    private Optional<Language> language(ImportRows rows, Map<String, Integer> columns, List<Problem> problems) {
        var text = Optional.ofNullable(columns.get("language")).map(c -> field(rows, c)).orElse("");
        if (text.isBlank()) {
            return Optional.of(fallback);
        }
        var language = Optional.ofNullable(LANGUAGES.get(key(text)));
        if (language.isEmpty()) {
            problems.add(new Problem(rows.line(), LANGUAGE_UNKNOWN, List.of(text)));
        }
        return language;
    }

    private static String field(ImportRows rows, int column) {
        return column < rows.fieldCount() ? rows.field(column).strip() : "";
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
