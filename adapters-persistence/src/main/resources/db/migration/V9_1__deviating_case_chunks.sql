-- The deviating cases of a check run are kept in chunks: up to a few thousand cases of one process
-- per row, in the order the check met them (by first event, then case id), packed by the adapter
-- (DeviatingCaseChunk). A check of millions of events finds about a million deviating cases; as one
-- row per case and per deviation they cost the check most of its time (index maintenance, WAL),
-- and as chunks a few hundred rows. A case is found through its first event: the chunk whose range
-- of first events holds it. The payload is already compact and is stored uncompressed.
create table compliance_check_case_chunk (
    run_id       uuid        not null,
    process_code text        not null,
    chunk        integer     not null,
    cases        integer     not null,
    first_start  timestamptz not null,
    last_start   timestamptz not null,
    payload      bytea       not null,
    constraint compliance_check_case_chunk_pkey primary key (run_id, process_code, chunk),
    constraint compliance_check_case_chunk_run_fk foreign key (run_id) references compliance_check_run (id),
    constraint compliance_check_case_chunk_range check (first_start <= last_start and cases > 0)
);

alter table compliance_check_case_chunk alter column payload set storage external;

create index compliance_check_case_chunk_by_start on compliance_check_case_chunk (run_id, process_code, first_start);

-- The worst cases keep their summary themselves (they were read from the per-case table).
alter table compliance_check_worst_case
    add column version_number  integer,
    add column first_event_at  timestamptz,
    add column last_event_at   timestamptz,
    add column events          integer,
    add column deviations      integer,
    add column deviation_types text;

update compliance_check_worst_case w
set version_number  = k.version_number,
    first_event_at  = k.first_event_at,
    last_event_at   = k.last_event_at,
    events          = k.events,
    deviations      = k.deviations,
    deviation_types = k.deviation_types
from compliance_check_case k
where k.run_id = w.run_id and k.process_code = w.process_code and k.case_id = w.case_id;

delete from compliance_check_worst_case where version_number is null;

alter table compliance_check_worst_case
    alter column version_number set not null,
    alter column first_event_at set not null,
    alter column last_event_at set not null,
    alter column events set not null,
    alter column deviations set not null,
    alter column deviation_types set not null;
