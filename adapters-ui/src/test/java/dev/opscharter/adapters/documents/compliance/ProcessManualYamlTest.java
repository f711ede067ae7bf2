package dev.opscharter.adapters.documents.compliance;

import dev.opscharter.application.compliance.ImportedProcess;
import dev.opscharter.application.compliance.ManualFileRejected.Problem;
import dev.opscharter.application.compliance.ManualFileRejected;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.LimitBasis;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ProcessManualYamlTest {

    private static final String VALID = """
            format: 1
            processes:
              - code: COMPLAINT_HANDLING
                name: {zh: "投诉处理流程", en: "Complaint handling"}
                versions:
                  - effective_from: 2026-01-01
                    basis: working
                    end_to_end_limit: 5d
                    end_steps: [CLOSE]
                    steps:
                      - code: REGISTER
                        name: {zh: 登记投诉, en: Register}
                        mandatory: true
                        roles: [OPS_SPECIALIST]
                      - code: CLOSE
                        name: {zh: 结案, en: Close}
                        mandatory: false
                        roles: [OPS_MANAGER, "客服 主管"]
                        limit: 72h
            """;

    private static List<ImportedProcess> read(String yaml) {
        return ProcessManualYaml.read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> problems(String yaml) {
        try {
            read(yaml);
        } catch (ManualFileRejected rejected) {
            return rejected.problems();
        }
        throw new AssertionError("the file was accepted");
    }

    /** A process of one version with one step {@code A}, line 5 holding the version. */
    private static String oneVersion(String effectiveFrom, String endStep) {
        return """
                processes:
                  - code: P
                    name: {zh: 流程, en: Process}
                    versions:
                      - effective_from: %s
                        basis: calendar
                        end_steps: [%s]
                        steps:
                          - {code: A, name: {zh: 甲, en: A}, roles: [X]}
                """.formatted(effectiveFrom, endStep);
    }

    private static ProcessStep step(String code, boolean mandatory, Set<String> roles, Optional<Duration> limit) {
        return new ProcessStep(new StepCode(code), new BilingualName(code + "步骤", code + " step"), mandatory, roles,
                limit);
    }

    @Test
    void a_valid_file_is_read_with_the_line_of_every_process_and_version() {
        var processes = read(VALID);

        assertThat(processes).hasSize(1);
        var process = processes.getFirst();
        assertThat(process.line()).isEqualTo(3);
        assertThat(process.code()).isEqualTo(new ProcessCode("COMPLAINT_HANDLING"));
        assertThat(process.name()).isEqualTo(new BilingualName("投诉处理流程", "Complaint handling"));
        var version = process.versions().getFirst();
        assertThat(version.line()).isEqualTo(6);
        var draft = version.draft();
        assertThat(draft.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(draft.basis()).isEqualTo(LimitBasis.WORKING);
        assertThat(draft.endToEndLimit()).contains(Duration.ofDays(5));
        assertThat(draft.endSteps()).containsExactly(new StepCode("CLOSE"));
        assertThat(draft.steps()).extracting(s -> s.code().value(), ProcessStep::mandatory, ProcessStep::limit)
                .containsExactly(tuple("REGISTER", true, Optional.empty()),
                        tuple("CLOSE", false, Optional.of(Duration.ofHours(72))));
        assertThat(draft.steps().get(1).responsibleRoles()).containsExactlyInAnyOrder("OPS_MANAGER", "客服 主管");
    }

    @Test
    void what_is_written_reads_back_as_the_same_manual() {
        var first = new ProcessVersion(1, LocalDate.of(2010, 10, 1), List.of(
                step("CONFIRMATION_OF_RECEIPT", true, Set.of("GROUP_1", "UNKNOWN"), Optional.empty()),
                step("T02_CHECK", false, Set.of("null", "yes", "a: b", "引号\"和\\反斜杠", "#hash", "007"),
                        Optional.of(Duration.ofMinutes(90))),
                step("T10_END", true, Set.of("GROUP_1"), Optional.of(Duration.ofSeconds(45)))),
                Optional.of(Duration.ofHours(36)), Set.of(new StepCode("T10_END"), new StepCode("T02_CHECK")),
                LimitBasis.CALENDAR);
        var second = new ProcessVersion(2, LocalDate.of(2027, 1, 1), first.steps().subList(0, 1), Optional.empty(),
                Set.of(new StepCode("CONFIRMATION_OF_RECEIPT")), LimitBasis.WORKING);
        var receipt = new Process(dev.opscharter.domain.compliance.ProcessId.random(), new ProcessCode("RECEIPT"),
                new BilingualName("收件 \"许可\"\n第二行", "Receipt: permit # 1"), List.of(first, second), 3);
        var fines = Process.define(new ProcessCode("TRAFFIC_FINE"), new BilingualName("交通罚款", "Traffic fines"),
                new ProcessVersion(1, LocalDate.of(2000, 1, 1), List.of(step("CREATE_FINE", true, Set.of("POLICE"),
                        Optional.of(Duration.ofDays(400)))), Optional.of(Duration.ofDays(3650)),
                        Set.of(new StepCode("CREATE_FINE")), LimitBasis.CALENDAR));

        var text = ProcessManualYaml.write(List.of(receipt, fines));
        var back = read(text);

        assertThat(back).extracting(ImportedProcess::code).containsExactly(receipt.code(), fines.code());
        assertThat(back.getFirst().name()).isEqualTo(receipt.name());
        assertThat(back.getFirst().versions()).extracting(v -> v.draft().numbered(1))
                .containsExactly(renumbered(first), renumbered(second));
        assertThat(back.get(1).versions().getFirst().draft().sameAs(fines.latest())).isTrue();
        assertThat(ProcessManualYaml.write(List.of(receipt, fines))).isEqualTo(text);
    }

    private static ProcessVersion renumbered(ProcessVersion v) {
        return new ProcessVersion(1, v.effectiveFrom(), v.steps(), v.endToEndLimit(), v.endSteps(), v.basis());
    }

    @Test
    void durations_read_in_minutes_hours_days_and_combinations() {
        assertThat(ProcessManualYaml.parseDuration("30m")).contains(Duration.ofMinutes(30));
        assertThat(ProcessManualYaml.parseDuration("72h")).contains(Duration.ofHours(72));
        assertThat(ProcessManualYaml.parseDuration("5d")).contains(Duration.ofDays(5));
        assertThat(ProcessManualYaml.parseDuration("1d12h")).contains(Duration.ofHours(36));
        assertThat(ProcessManualYaml.parseDuration(" 2H ")).contains(Duration.ofHours(2));
        assertThat(ProcessManualYaml.parseDuration("72")).isEmpty();
        assertThat(ProcessManualYaml.parseDuration("h")).isEmpty();
        assertThat(ProcessManualYaml.parseDuration("-5h")).isEmpty();
        assertThat(ProcessManualYaml.parseDuration("9999999d")).isEmpty();
        assertThat(ProcessManualYaml.durationText(Duration.ofHours(72))).isEqualTo("3d");
        assertThat(ProcessManualYaml.durationText(Duration.ofHours(30))).isEqualTo("30h");
        assertThat(ProcessManualYaml.durationText(Duration.ofMinutes(90))).isEqualTo("90m");
    }

    @Test
    void each_problem_names_its_line_and_why() {
        var yaml = """
                processes:
                  - code: bad code
                    name: {zh: 投诉, en: Complaints}
                    versions:
                      - effective_from: 2026-02-30
                        basis: sometimes
                        end_to_end_limit: 72
                        end_steps: [CLOSE]
                        colour: blue
                        steps:
                          - code: CLOSE
                            name: {zh: 结案}
                            mandatory: maybe
                            roles: []
                            limit: soon
                """;

        assertThat(problems(yaml)).extracting(Problem::line, Problem::messageKey).containsExactly(
                tuple(2, "validation.compliance.code"),
                tuple(5, "compliance.manual.yaml.date"),
                tuple(6, "compliance.manual.yaml.basis"),
                tuple(7, "compliance.manual.yaml.duration"),
                tuple(9, "compliance.manual.yaml.unknown-field"),
                tuple(12, "compliance.manual.yaml.missing"),
                tuple(13, "compliance.manual.yaml.expected-boolean"),
                tuple(15, "compliance.manual.yaml.duration"));
        assertThat(problems(yaml).get(4).arguments().getFirst()).isEqualTo("colour");
        assertThat(problems(yaml).get(5).where()).isEqualTo("processes[1].versions[1].steps[1].name");
    }

    @Test
    void a_version_the_domain_refuses_is_reported_on_the_versions_line() {
        assertThat(problems(oneVersion("2026-01-01", "NOT_A_STEP"))).extracting(Problem::line, Problem::messageKey, Problem::arguments)
                .containsExactly(tuple(5, "validation.compliance.unknown-end-step", List.of("NOT_A_STEP")));
    }

    @Test
    void an_effective_date_outside_1990_to_2100_is_reported_on_the_versions_line() {
        assertThat(problems(oneVersion("0026-01-01", "A"))).extracting(Problem::line, Problem::messageKey, Problem::arguments)
                .containsExactly(tuple(5, "validation.date.range", List.of("1990-01-01", "2100-12-31")));
    }

    @Test
    void an_empty_role_list_a_zero_limit_and_a_duplicate_process_are_reported() {
        var yaml = """
                processes:
                  - code: P
                    name: {zh: 流程, en: Process}
                    versions:
                      - effective_from: 2026-01-01
                        basis: calendar
                        end_steps: [A]
                        steps:
                          - code: A
                            name: {zh: 甲, en: A}
                            roles: []
                          - code: B
                            name: {zh: 乙, en: B}
                            roles: [X]
                            limit: 0h
                  - code: P
                    name: {zh: 流程, en: Process}
                    versions:
                      - effective_from: 2026-01-01
                        basis: calendar
                        end_steps: [A]
                        steps:
                          - {code: A, name: {zh: 甲, en: A}, roles: [X]}
                """;
        assertThat(problems(yaml)).extracting(Problem::line, Problem::messageKey).containsExactly(
                tuple(11, "validation.required"),
                tuple(15, "validation.compliance.limit-positive"));

        var twice = VALID + VALID.substring(VALID.indexOf("  - code:"));
        assertThat(problems(twice)).extracting(Problem::line, Problem::messageKey, Problem::arguments)
                .containsExactly(tuple(20, "compliance.manual.import.duplicate-process",
                        List.of("COMPLAINT_HANDLING", 3)));
    }

    @Test
    void wrong_types_are_reported_where_they_are() {
        assertThat(problems("processes: COMPLAINTS\n")).extracting(Problem::line, Problem::messageKey)
                .containsExactly(tuple(1, "compliance.manual.yaml.expected-list"));
        assertThat(problems("- just\n- a list\n")).extracting(Problem::line, Problem::messageKey)
                .containsExactly(tuple(1, "compliance.manual.yaml.expected-mapping"));
        assertThat(problems("processes:\n  - code: [A, B]\n    name: text\n    versions: {}\n"))
                .extracting(Problem::line, Problem::messageKey).containsExactly(
                        tuple(2, "compliance.manual.yaml.expected-text"),
                        tuple(3, "compliance.manual.yaml.expected-mapping"),
                        tuple(4, "compliance.manual.yaml.expected-list"));
        assertThat(problems("format: 2\nprocesses: []\n")).extracting(Problem::line, Problem::messageKey)
                .containsExactly(tuple(1, "compliance.manual.yaml.format"),
                        tuple(2, "compliance.manual.import.empty"));
    }

    @Test
    void text_that_is_not_yaml_is_a_syntax_problem_with_its_line() {
        assertThat(problems("processes:\n  - code: A\n    name: {zh: \"unterminated\n")).singleElement()
                .satisfies(p -> {
                    assertThat(p.messageKey()).isEqualTo("compliance.manual.yaml.syntax");
                    assertThat(p.line()).isGreaterThanOrEqualTo(3);
                });
        assertThat(problems("processes:\n\t- tab: indented\n")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2));
        assertThat(problems("a: 1\na: 2\n")).extracting(Problem::messageKey)
                .contains("compliance.manual.yaml.unknown-field");
        assertThat(problems("")).extracting(Problem::messageKey).containsExactly("compliance.manual.import.empty");
        assertThat(problems("--- 1\n--- 2\n")).extracting(Problem::messageKey)
                .containsExactly("compliance.manual.yaml.syntax");
    }

    @Test
    void hostile_input_is_refused_without_harm() {
        var huge = new byte[ProcessManualYaml.MAX_BYTES + 1];
        assertThatThrownBy(() -> ProcessManualYaml.read(huge)).isInstanceOfSatisfying(ManualFileRejected.class,
                r -> assertThat(r.problems()).extracting(Problem::messageKey)
                        .containsExactly("compliance.manual.yaml.too-large"));

        var binary = new byte[]{(byte) 0xC3, (byte) 0x28, 0, 1, 2, (byte) 0xFF};
        assertThatThrownBy(() -> ProcessManualYaml.read(binary)).isInstanceOfSatisfying(ManualFileRejected.class,
                r -> assertThat(r.problems()).extracting(Problem::messageKey)
                        .containsExactly("compliance.manual.yaml.encoding"));

        var laughs = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 12; i++) {
            laughs.append("b").append(i).append(": &b").append(i).append(" [*a, *a, *a, *a, *a, *a]\n");
        }
        assertThat(problems(laughs.toString())).extracting(Problem::messageKey)
                .containsExactly("compliance.manual.yaml.aliases");

        assertThat(problems("processes: &p [*p]\n")).isNotEmpty();
        assertThat(problems("[".repeat(5000))).extracting(Problem::messageKey)
                .containsExactly("compliance.manual.yaml.depth");
        assertThat(problems("processes: !!java.io.File [/etc/passwd]\n")).isNotEmpty();
    }

    @Test
    void a_byte_order_mark_is_allowed_and_problems_are_capped() {
        var withBom = "\uFEFF" + VALID;
        assertThat(read(withBom)).hasSize(1);

        var many = new StringBuilder("processes:\n");
        for (int i = 0; i < 100; i++) {
            many.append("  - 1\n");
        }
        assertThat(problems(many.toString())).hasSize(ProcessManualYaml.MAX_PROBLEMS);
    }
}
