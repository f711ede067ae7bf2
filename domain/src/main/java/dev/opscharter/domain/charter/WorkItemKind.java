package dev.opscharter.domain.charter;

/** The work items the charter routes (SPEC §1: task, request, action, escalation). */
public enum WorkItemKind {
    TASK,
    REQUEST,
    ACTION,
    ESCALATION
}
