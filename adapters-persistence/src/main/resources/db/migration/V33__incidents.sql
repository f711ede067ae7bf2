-- Incidents (突发事件, SPEC §5 "Incidents", issue 15): the incident types with the limit of each of the four
-- steps, and the incidents with their whole timeline in one row: the report, each step's done time, who did it
-- and what was recorded, the steps escalated as overdue, and the director's ruling. One row per incident, so that
-- the scorecard reads a quarter's incidents (reportedBetween) in one index range scan without joins.

-- The types are reference data the migrations own: seeded here with IncidentType.defaults() (the contract test
-- JdbcIncidentsIT checks the two agree), so the application's role never writes on a read. Limits in seconds.
create table incident_type (
    code                      varchar(40)  not null,
    name_zh                   varchar(120) not null,
    name_en                   varchar(120) not null,
    basis                     varchar(16)  not null,
    locate_cause_limit_s      bigint       not null,
    emergency_measure_limit_s bigint       not null,
    notify_stakeholders_limit_s bigint     not null,
    post_mortem_limit_s       bigint       not null,
    constraint incident_type_pkey primary key (code),
    constraint incident_type_code_form check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    constraint incident_type_names_present check (btrim(name_zh) <> '' and btrim(name_en) <> ''),
    constraint incident_type_basis_known check (basis in ('CALENDAR', 'WORKING')),
    constraint incident_type_limits_positive check (locate_cause_limit_s > 0 and emergency_measure_limit_s > 0
        and notify_stakeholders_limit_s > 0 and post_mortem_limit_s > 0)
);

insert into incident_type (code, name_zh, name_en, basis, locate_cause_limit_s, emergency_measure_limit_s,
                           notify_stakeholders_limit_s, post_mortem_limit_s)
values ('SYSTEM_FAILURE', '系统故障', 'System failure', 'CALENDAR', 2 * 3600, 4 * 3600, 8 * 3600, 120 * 3600),
       ('ORDER_SURGE', '订单激增', 'Order surge', 'CALENDAR', 4 * 3600, 8 * 3600, 12 * 3600, 168 * 3600),
       ('MAJOR_COMPLAINT', '重大投诉', 'Major complaint', 'WORKING', 4 * 3600, 8 * 3600, 16 * 3600, 40 * 3600);

-- A step is done with its time, its doer and its record together (the *_whole checks), and only after the step
-- before it (the *_in_order checks), as Incident and IncidentTimeline require.
create table incident (
    id                     uuid           not null,
    type_code              varchar(40)    not null,
    title                  varchar(200)   not null,
    reported_by            varchar(100)   not null,
    reported_at            timestamptz    not null,
    cause_at               timestamptz,
    cause_by               varchar(100),
    cause                  varchar(4000),
    measure_at             timestamptz,
    measure_by             varchar(100),
    measure                varchar(4000),
    notified_at            timestamptz,
    notified_by            varchar(100),
    stakeholders           varchar(200)[],
    post_mortem_at         timestamptz,
    post_mortem_by         varchar(100),
    post_mortem            varchar(4000),
    follow_ups             uuid[],
    escalated              varchar(24)[]  not null default '{}',
    major_accident         boolean,
    ruled_by               varchar(100),
    ruled_at               timestamptz,
    version                bigint         not null,
    constraint incident_pkey primary key (id),
    constraint incident_type_fk foreign key (type_code) references incident_type (code),
    constraint incident_title_present check (btrim(title) <> ''),
    constraint incident_reported_by_present check (btrim(reported_by) <> ''),
    constraint incident_cause_whole check ((cause_at is null) = (cause_by is null)
        and (cause_at is null) = (cause is null)),
    constraint incident_measure_whole check ((measure_at is null) = (measure_by is null)
        and (measure_at is null) = (measure is null)),
    constraint incident_notified_whole check ((notified_at is null) = (notified_by is null)
        and (notified_at is null) = (stakeholders is null)),
    constraint incident_post_mortem_whole check ((post_mortem_at is null) = (post_mortem_by is null)
        and (post_mortem_at is null) = (post_mortem is null) and (post_mortem_at is null) = (follow_ups is null)),
    constraint incident_cause_in_order check (cause_at >= reported_at),
    constraint incident_measure_in_order check (measure_at is null or (measure_at >= cause_at) is true),
    constraint incident_notified_in_order check (notified_at is null or (notified_at >= measure_at) is true),
    constraint incident_post_mortem_in_order check (post_mortem_at is null or (post_mortem_at >= notified_at) is true),
    constraint incident_stakeholders_present check (cardinality(stakeholders) > 0),
    constraint incident_escalated_known check (escalated <@ array['LOCATE_CAUSE', 'EMERGENCY_MEASURE',
        'NOTIFY_STAKEHOLDERS', 'POST_MORTEM']::varchar(24)[]),
    constraint incident_ruling_whole check ((major_accident is null) = (ruled_by is null)
        and (major_accident is null) = (ruled_at is null)),
    constraint incident_version_stored check (version >= 1)
);

-- the list, newest report first (ties by id), and the scorecard's reportedBetween: one range of this index
create index incident_reported_idx on incident (reported_at desc, id);
-- the list filtered by type, newest first
create index incident_type_reported_idx on incident (type_code, reported_at desc, id);
-- open(): the incidents with a step left, which the escalation job reads every quarter of an hour
create index incident_open_idx on incident (reported_at) where post_mortem_at is null;
