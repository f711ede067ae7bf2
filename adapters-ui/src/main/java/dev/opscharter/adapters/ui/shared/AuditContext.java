package dev.opscharter.adapters.ui.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of the organization's work an auditor reads the trail by, each with the record types
 * its use cases audit (the {@code RecordType} constants and {@code ENTITY} names of its services).
 * A context that audits a new record type adds it here and names it in its bundle.
 */
enum AuditContext {

    ORGANIZATION("Department", "Person", "UserAccount", "OrganizationSettings"),
    CHARTER("Charter", "WorkItem"),
    APPRAISAL("AppraisalFigure", "ScorecardApproval", "AppraisalStandards", "Attachment"),
    COMPLIANCE("Process", "ComplianceCheck", "InspectionReport", "ExecutionRecordImport", "CorrectiveAction"),
    SURVEY("Campaign", "SurveyInvitations", "SurveyResponse"),
    TARGETS("BusinessUnit", "Metric", "Target", "DailyActuals", "DailyActualsImport", "MonthlyReview", "WeeklyReport"),
    COSTS("Channel", "MonthlyCost", "ChannelRevenue", "BudgetChange", "RoiFlag"),
    EFFICIENCY("OptimizationProject", "Benchmark", "ToolIntroduction"),
    TEAM("TrainingPlan", "AppraisalResult"),
    COLLABORATION("MeetingSeries", "Meeting", "CrossDepartmentProject", "Conflict", "ResolutionPlan"),
    RISKS("Risk", "RiskReview", "RiskFigure"),
    INCIDENTS("Incident", "IncidentType"),
    COMPLAINTS("ComplaintDay", "MajorComplaint");

    private final Set<String> types;

    AuditContext(String... types) {
        this.types = Set.of(types);
    }

    Set<String> types() {
        return types;
    }

    String textKey() {
        return "audit.context." + name();
    }

    static Optional<AuditContext> of(String type) {
        return Arrays.stream(values()).filter(c -> c.types.contains(type)).findFirst();
    }
}
