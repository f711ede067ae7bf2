-- Compliance context: the quarterly process compliance checks (流程合规性检查) and their results.
-- A check is one period and one scope ('' = every process). Each run writes its results apart
-- (rows keyed by run id) and becomes the check's current run in the transaction that completes
-- it, which also deletes the run it replaces; readers follow compliance_check.current_run_id, so
-- they see either the old results or the new ones. A closed check is never run again.
-- The two big tables (deviating cases, their deviations) are filled with COPY and carry no
-- foreign keys, so that writing a quarter of millions of cases stays fast; their rows go with the
-- run through the adapter, not through cascades.

create table compliance_check (
    id             uuid        not null,
    period_key     varchar(7)  not null,
    process_code   varchar(64) not null default '',
    state          varchar(16) not null,
    failure        text,
    current_run_id uuid,
    closed         boolean     not null default false,
    closed_at      timestamptz,
    closed_by      varchar(80),
    created_at     timestamptz not null default now(),
    constraint compliance_check_pkey primary key (id),
    constraint compliance_check_scope_unique unique (period_key, process_code),
    constraint compliance_check_period_form check (period_key ~ '^[0-9]{4}(-Q[1-4])?$'),
    constraint compliance_check_state_known check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    constraint compliance_check_closed_by_whom check (closed = (closed_at is not null and closed_by is not null))
);

create table compliance_check_run (
    id              uuid        not null,
    check_id        uuid        not null,
    started_at      timestamptz not null,
    checked_at      timestamptz not null,
    finished_at     timestamptz,
    started_by      varchar(80) not null,
    events          bigint      not null default 0,
    cases_evaluated bigint      not null default 0,
    cases_compliant bigint      not null default 0,
    constraint compliance_check_run_pkey primary key (id),
    constraint compliance_check_run_check_fk foreign key (check_id) references compliance_check (id)
);

create index compliance_check_run_check on compliance_check_run (check_id);

alter table compliance_check
    add constraint compliance_check_current_run_fk foreign key (current_run_id) references compliance_check_run (id);

-- One process of a run: cases judged and compliant (the rate), events, cases without a version.
create table compliance_check_process (
    run_id          uuid    not null,
    process_code    text    not null,
    cases_evaluated bigint  not null,
    cases_compliant bigint  not null,
    events          bigint  not null,
    without_version bigint  not null,
    constraint compliance_check_process_pkey primary key (run_id, process_code),
    constraint compliance_check_process_run_fk foreign key (run_id) references compliance_check_run (id),
    constraint compliance_check_process_rate check (cases_compliant between 0 and cases_evaluated)
);

create table compliance_check_type_tally (
    run_id         uuid        not null,
    process_code   text        not null,
    deviation_type varchar(16) not null,
    deviations     bigint      not null,
    cases          bigint      not null,
    constraint compliance_check_type_tally_pkey primary key (run_id, process_code, deviation_type),
    constraint compliance_check_type_tally_run_fk foreign key (run_id) references compliance_check_run (id)
);

-- step_code '' stands for the case as a whole (an unfinished case that is late).
create table compliance_check_step_tally (
    run_id         uuid        not null,
    process_code   text        not null,
    step_code      text        not null,
    deviation_type varchar(16) not null,
    deviations     bigint      not null,
    constraint compliance_check_step_tally_pkey primary key (run_id, process_code, step_code, deviation_type),
    constraint compliance_check_step_tally_run_fk foreign key (run_id) references compliance_check_run (id)
);

-- Cases of processes the manual does not define: reported, not judged.
create table compliance_check_unknown_process (
    run_id       uuid   not null,
    process_code text   not null,
    cases        bigint not null,
    events       bigint not null,
    constraint compliance_check_unknown_process_pkey primary key (run_id, process_code),
    constraint compliance_check_unknown_process_run_fk foreign key (run_id) references compliance_check_run (id)
);

-- The deviating cases of a run (compliant cases are only counted).
create table compliance_check_case (
    run_id          uuid        not null,
    process_code    text        not null,
    case_id         text        not null,
    version_number  integer     not null,
    first_event_at  timestamptz not null,
    last_event_at   timestamptz not null,
    events          integer     not null,
    deviations      integer     not null,
    deviation_types text        not null,
    constraint compliance_check_case_pkey primary key (run_id, process_code, case_id)
);

create table compliance_check_deviation (
    run_id         uuid        not null,
    process_code   text        not null,
    case_id        text        not null,
    position       integer     not null,
    deviation_type varchar(16) not null,
    step_code      text,
    reference_step text,
    actor_role     text,
    taken_seconds  bigint,
    limit_seconds  bigint,
    occurred_at    timestamptz,
    constraint compliance_check_deviation_pkey primary key (run_id, process_code, case_id, position)
);

-- The worst cases of a run, in order (a run keeps a bounded number).
create table compliance_check_worst_case (
    run_id       uuid    not null,
    rank         integer not null,
    process_code text    not null,
    case_id      text    not null,
    constraint compliance_check_worst_case_pkey primary key (run_id, rank),
    constraint compliance_check_worst_case_run_fk foreign key (run_id) references compliance_check_run (id)
);
