-- Efficiency (效率提升, SPEC §5 "Efficiency projects", "Efficiency benchmarks and tools"): process-optimization
-- projects with their indicators before and after, benchmarks with the teams that reach them, and tools
-- introduced against the charter's expected gain. The process a project improves is a process code of the
-- compliance context, kept as a value: its execution records are read (never written) to measure the project.

create table efficiency_project (
    id                uuid         not null,
    title             varchar(150) not null,
    owner             varchar(80)  not null,
    process_code      varchar(64),
    state             varchar(16)  not null,
    landed_on         date,
    acceptance_report uuid,
    prepared_by       varchar(80)  not null,
    created_at        timestamptz  not null,
    version           bigint       not null,
    constraint efficiency_project_pkey primary key (id),
    constraint efficiency_project_title_present check (btrim(title) <> ''),
    constraint efficiency_project_owner_present check (btrim(owner) <> ''),
    constraint efficiency_project_state_known check (state in ('PLANNED', 'IN_PROGRESS', 'ACCEPTED', 'CANCELLED')),
    -- an accepted project, and only one, has landed with its acceptance report
    constraint efficiency_project_accepted_landed check (
        (state = 'ACCEPTED') = (landed_on is not null) and (state = 'ACCEPTED') = (acceptance_report is not null)),
    constraint efficiency_project_report_fk foreign key (acceptance_report) references attachment (id)
);

-- the scorecard reads the projects landed in a period
create index efficiency_project_landed_idx on efficiency_project (landed_on) where state = 'ACCEPTED';

-- A project's indicators in order. A measured one keeps where its values come from: the figure (median or
-- 90th percentile of the case durations), the landed day and window it was measured around, and its cases.
create table efficiency_project_indicator (
    project_id         uuid           not null,
    position           integer        not null,
    name               varchar(120)   not null,
    unit               varchar(16)    not null,
    direction          varchar(24)    not null,
    core               boolean        not null,
    baseline           numeric(14, 4),
    after_value        numeric(14, 4),
    measured_figure    varchar(8),
    measured_landed_on date,
    measured_days      integer,
    cases_before       bigint,
    cases_after        bigint,
    constraint efficiency_project_indicator_pkey primary key (project_id, position),
    constraint efficiency_project_indicator_project_fk foreign key (project_id)
        references efficiency_project (id) on delete cascade,
    constraint efficiency_project_indicator_values_not_negative check (baseline >= 0 and after_value >= 0),
    constraint efficiency_project_indicator_direction_known
        check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    constraint efficiency_project_indicator_measured_whole check (
        (measured_figure is null) = (measured_landed_on is null)
        and (measured_figure is null) = (measured_days is null)
        and (measured_figure is null) = (cases_before is null)
        and (measured_figure is null) = (cases_after is null)),
    constraint efficiency_project_indicator_figure_known check (measured_figure in ('MEDIAN', 'P90'))
);

create table efficiency_benchmark (
    id         uuid           not null,
    indicator  varchar(120)   not null,
    unit       varchar(16)    not null,
    direction  varchar(24)    not null,
    best       numeric(14, 4) not null,
    reached_on date           not null,
    version    bigint         not null,
    constraint efficiency_benchmark_pkey primary key (id),
    constraint efficiency_benchmark_best_not_negative check (best >= 0),
    constraint efficiency_benchmark_direction_known check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER'))
);

-- The teams or departments that reach a benchmark, in order.
create table efficiency_benchmark_holder (
    benchmark_id uuid        not null,
    position     integer     not null,
    holder       varchar(80) not null,
    constraint efficiency_benchmark_holder_pkey primary key (benchmark_id, position),
    constraint efficiency_benchmark_holder_benchmark_fk foreign key (benchmark_id)
        references efficiency_benchmark (id) on delete cascade
);

create table efficiency_tool (
    id                 uuid           not null,
    name               varchar(200)   not null,
    indicator          varchar(120)   not null,
    direction          varchar(24)    not null,
    go_live            date           not null,
    baseline           numeric(14, 4) not null,
    after_value        numeric(14, 4),
    training_sessions  integer        not null default 0,
    training_attendees integer        not null default 0,
    training_note      varchar(500)   not null default '',
    version            bigint         not null,
    constraint efficiency_tool_pkey primary key (id),
    constraint efficiency_tool_values_not_negative check (baseline >= 0 and after_value >= 0),
    constraint efficiency_tool_training_not_negative check (training_sessions >= 0 and training_attendees >= 0),
    constraint efficiency_tool_direction_known check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER'))
);
