-- Execution records (SPEC §4): the step events of the cases the business ran, as imported from CSV.
-- Codes and ids are compared byte by byte (collation "C"): no language rules apply to them, and
-- index maintenance and sorting are several times faster than under a linguistic collation.
--
-- An event is identified by its values, so a re-import stores nothing twice. Real logs do hold
-- events equal in every value (the road-traffic-fines log: 30 second payments on the same day by
-- the same role), so the identity adds `occurrence`: the n-th such event within its file. A file
-- imported again maps each event onto the same identity and adds nothing.
-- seq keeps the order in which events were recorded (ties in time within a case); it grows with
-- every import.
create table execution_event (
    process_code text collate "C" not null,
    case_id      text collate "C" not null,
    step_code    text collate "C" not null,
    actor_role   text collate "C" not null,
    occurred_at  timestamptz      not null,
    occurrence   integer          not null default 1,
    seq          bigint           not null,
    -- the column order serves the reads too: a case's events by time
    constraint execution_event_identity unique (process_code, case_id, occurred_at, step_code, actor_role, occurrence)
);

-- One row per case, kept up to date by every import: a quarter's cases are a range scan on
-- (process_code, first_at), and each case's events are then found through the unique index above.
create table execution_case (
    process_code text collate "C" not null,
    case_id      text collate "C" not null,
    first_at     timestamptz      not null,
    last_at      timestamptz      not null,
    events       bigint           not null,
    primary key (process_code, case_id)
);

create index execution_case_by_start on execution_case (process_code, first_at);

-- Each import takes one value; its events get seq = that value + their ordinal in the file, so
-- events of a later import always sort after those of an earlier one.
create sequence execution_import_seq increment by 4294967296 minvalue 1 start with 1;
