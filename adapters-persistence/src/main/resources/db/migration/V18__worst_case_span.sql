-- A worst case keeps its span: its first to last event of a defined step, what CASE_LATE measures
-- (SPEC §4; issue 12). Null for a case without any event of a defined step. Runs stored before only
-- knew the first and last event of any step: they keep showing that, until the check runs again.
alter table compliance_check_worst_case
    add column span_from_at timestamptz,
    add column span_to_at   timestamptz,
    add constraint compliance_check_worst_case_span
        check ((span_from_at is null) = (span_to_at is null) and span_to_at >= span_from_at);

update compliance_check_worst_case set span_from_at = first_event_at, span_to_at = last_event_at;
