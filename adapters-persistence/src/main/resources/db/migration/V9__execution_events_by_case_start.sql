-- Execution events are read by the check a period at a time: the cases whose first event falls in
-- the period, each with all its events. With the events keyed by case id, every check scanned the
-- whole table (or probed it once per case); now each event carries its case's start
-- (case_start = execution_case.first_at, kept equal by every import), and the identity index leads
-- with it, so the events of a period's cases are one contiguous range of the index, already
-- grouped by case and ordered by time. The index also includes seq, so the check reads from the
-- index alone. Adding case_start to the unique key does not weaken the identity: all events of a
-- case carry the same case_start.
alter table execution_event add column case_start timestamptz;

update execution_event e
set case_start = c.first_at
from execution_case c
where c.process_code = e.process_code and c.case_id = e.case_id;

alter table execution_event alter column case_start set not null;

alter table execution_event drop constraint execution_event_identity;

alter table execution_event
    add constraint execution_event_identity
        unique (process_code, case_start, case_id, occurred_at, step_code, actor_role, occurrence) include (seq);
