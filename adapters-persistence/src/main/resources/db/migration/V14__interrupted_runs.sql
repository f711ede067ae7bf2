-- Runs that a crash interrupts (issue 11 §2). A check's run, and an import of execution records,
-- hold a session-level advisory lock for as long as they run and write a heartbeat every few
-- seconds. A run still marked RUNNING whose lock nobody holds — or whose heartbeat stopped longer
-- ago than the timeout, when its holder's connection lingers — was interrupted: it is marked FAILED
-- with the reason, at the next start, by a recurring sweep and whenever someone acts on the check.

-- The run under way of a check: which instance runs it and when it last said so.
alter table compliance_check
    add column heartbeat_at    timestamptz,
    add column run_by_instance varchar(120);

-- One import of execution records, recorded in a short transaction of its own before the import's
-- big one, so that an interrupted import stays visible (the import itself leaves nothing behind).
create table execution_import_run (
    id              uuid         not null,
    file_name       varchar(255) not null,
    started_by      varchar(80)  not null,
    started_at      timestamptz  not null,
    state           varchar(16)  not null,
    heartbeat_at    timestamptz  not null,
    run_by_instance varchar(120) not null,
    finished_at     timestamptz,
    failure         text,
    received        bigint,
    added           bigint,
    already_stored  bigint,
    constraint execution_import_run_pkey primary key (id),
    constraint execution_import_run_state_known check (state in ('RUNNING', 'DONE', 'FAILED')),
    constraint execution_import_run_finished check ((state = 'RUNNING') = (finished_at is null)),
    constraint execution_import_run_failed_why check ((state = 'FAILED') = (failure is not null))
);

create index execution_import_run_newest on execution_import_run (started_at desc);
create index execution_import_run_running on execution_import_run (state) where state = 'RUNNING';
