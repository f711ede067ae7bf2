-- Cross-department collaboration (跨部门协同, SPEC §5, issue 16): the recurring meeting series and their meetings
-- (agenda, minutes, decisions, the action items agreed and those carried in from the last meeting), the
-- cross-department projects and launches (each department's part, milestones), the conflict register with its
-- standing resolution plans, and the once-a-day log of overdue-milestone escalations. A record's sets of
-- departments are arrays of department codes in the order given; a single department (an item's owner, a part, a
-- milestone's owner) refers to the department by its code, which never changes. The application's role gets its
-- privileges from ApplicationRolePrivileges after migrating.

-- Recurrence in the organization's zone: weekly on a weekday (ISO, 1 = Monday) or monthly on a day of the month
-- (a shorter month takes its last day), at a wall-clock time.
create table meeting_series (
    id           uuid          not null,
    title        varchar(150)  not null,
    topic        varchar(500)  not null,
    departments  varchar(32)[] not null,
    recurrence   varchar(7)    not null,
    day_of_week  smallint,
    day_of_month smallint,
    at_time      time          not null,
    active       boolean       not null,
    version      bigint        not null,
    constraint meeting_series_pkey primary key (id),
    constraint meeting_series_texts_present check (btrim(title) <> '' and btrim(topic) <> ''),
    constraint meeting_series_departments_present check (cardinality(departments) >= 1),
    constraint meeting_series_recurrence_form check (
        (recurrence = 'WEEKLY' and day_of_week between 1 and 7 and day_of_month is null)
            or (recurrence = 'MONTHLY' and day_of_month between 1 and 31 and day_of_week is null)),
    constraint meeting_series_version_stored check (version >= 1)
);

-- all(): by title
create index meeting_series_title_idx on meeting_series (title collate "C", id);

-- The defaults of MeetingSeries.defaults() (SPEC §5: weekly with Sales and Marketing on business progress, monthly
-- with Finance to reconcile operating costs); JdbcCollaborationIT fails when the two disagree.
insert into meeting_series (id, title, topic, departments, recurrence, day_of_week, day_of_month, at_time, active,
                            version)
values ('c0000000-0000-4000-8000-000000000001', 'Sales and Marketing weekly', 'Business progress',
        array['SALES', 'MARKETING'], 'WEEKLY', 1, null, time '10:00', true, 1),
       ('c0000000-0000-4000-8000-000000000002', 'Finance monthly', 'Reconcile operating costs',
        array['FINANCE'], 'MONTHLY', null, 5, time '14:00', true, 1);

-- A meeting is created by the schedule once per occurrence (meeting_occurrence_once); its minutes are recorded
-- exactly when it was held.
create table meeting (
    id           uuid           not null,
    series_id    uuid           not null,
    title        varchar(150)   not null,
    departments  varchar(32)[]  not null,
    scheduled_at timestamptz    not null,
    agenda       varchar(500)[] not null,
    minutes      varchar(8000)  not null,
    decisions    varchar(500)[] not null,
    status       varchar(9)     not null,
    version      bigint         not null,
    constraint meeting_pkey primary key (id),
    constraint meeting_series_fk foreign key (series_id) references meeting_series (id),
    -- also latestOf(series): the series' meetings by time, read backwards
    constraint meeting_occurrence_once unique (series_id, scheduled_at),
    constraint meeting_title_present check (btrim(title) <> ''),
    constraint meeting_departments_present check (cardinality(departments) >= 1),
    constraint meeting_status_known check (status in ('SCHEDULED', 'HELD', 'CLOSED')),
    constraint meeting_minutes_when_held check ((status = 'SCHEDULED') = (minutes = '')),
    constraint meeting_version_stored check (version >= 1)
);

-- the list, newest first (ties by id)
create index meeting_scheduled_idx on meeting (scheduled_at desc, id);

create table resolution_plan (
    id           uuid          not null,
    name         varchar(150)  not null,
    applies_when varchar(2000) not null,
    approach     varchar(2000) not null,
    active       boolean       not null,
    version      bigint        not null,
    constraint resolution_plan_pkey primary key (id),
    constraint resolution_plan_texts_present check (btrim(name) <> '' and btrim(applies_when) <> ''
        and btrim(approach) <> ''),
    constraint resolution_plan_version_stored check (version >= 1)
);

-- all(): by name
create index resolution_plan_name_idx on resolution_plan (name collate "C", id);

-- A conflict's resolution is recorded whole (text, who agreed, who recorded it, when), the plan only with one.
create table conflict (
    id          uuid           not null,
    parties     varchar(32)[]  not null,
    matter      varchar(2000)  not null,
    resolution  varchar(2000),
    agreed_by   varchar(100)[],
    plan_id     uuid,
    resolved_by varchar(100),
    resolved_at timestamptz,
    raised_by   varchar(100)   not null,
    raised_at   timestamptz    not null,
    version     bigint         not null,
    constraint conflict_pkey primary key (id),
    constraint conflict_plan_fk foreign key (plan_id) references resolution_plan (id),
    constraint conflict_parties_present check (cardinality(parties) >= 2),
    constraint conflict_texts_present check (btrim(matter) <> '' and btrim(raised_by) <> ''),
    constraint conflict_resolution_whole check ((resolution is null) = (agreed_by is null)
        and (resolution is null) = (resolved_by is null) and (resolution is null) = (resolved_at is null)
        and (plan_id is null or resolution is not null)),
    constraint conflict_agreed_by_present check (cardinality(agreed_by) >= 1),
    constraint conflict_version_stored check (version >= 1)
);

-- the register, newest first (ties by id)
create index conflict_raised_idx on conflict (raised_at desc, id);

-- An action item of a meeting or a follow-up of a conflict (exactly one), in the order agreed, with the charter
-- work item it became. Items are only ever added; the next meeting refers to the open ones it carries.
create table action_item (
    id           uuid         not null,
    meeting_id   uuid,
    conflict_id  uuid,
    position     smallint     not null,
    owner        varchar(32)  not null,
    title        varchar(150) not null,
    due_on       date         not null,
    duty_type    varchar(48)  not null,
    work_item_id uuid,
    constraint action_item_pkey primary key (id),
    constraint action_item_meeting_fk foreign key (meeting_id) references meeting (id),
    constraint action_item_conflict_fk foreign key (conflict_id) references conflict (id),
    constraint action_item_owner_fk foreign key (owner) references department (code),
    constraint action_item_one_origin check ((meeting_id is null) <> (conflict_id is null)),
    constraint action_item_meeting_position_once unique (meeting_id, position),
    constraint action_item_conflict_position_once unique (conflict_id, position),
    constraint action_item_title_present check (btrim(title) <> ''),
    constraint action_item_duty_type_form check (duty_type ~ '^[A-Z][A-Z0-9_]{1,47}$')
);

-- from a work item back to the meeting or conflict that agreed it
create index action_item_work_item_idx on action_item (work_item_id) where work_item_id is not null;

create table meeting_carried_item (
    meeting_id     uuid     not null,
    position       smallint not null,
    action_item_id uuid     not null,
    constraint meeting_carried_item_pkey primary key (meeting_id, position),
    constraint meeting_carried_item_meeting_fk foreign key (meeting_id) references meeting (id),
    constraint meeting_carried_item_item_fk foreign key (action_item_id) references action_item (id)
);

create index meeting_carried_item_item_idx on meeting_carried_item (action_item_id);

create table cross_department_project (
    id         uuid          not null,
    kind       varchar(19)   not null,
    name       varchar(150)  not null,
    goal       varchar(2000) not null,
    starts_on  date          not null,
    status     varchar(9)    not null,
    created_by varchar(100)  not null,
    created_at timestamptz   not null,
    version    bigint        not null,
    constraint cross_department_project_pkey primary key (id),
    constraint cross_department_project_kind_known check (kind in ('PROJECT', 'PRODUCT_LAUNCH',
        'ECOMMERCE_PROMOTION', 'TRADE_SHOW', 'OTHER_EVENT')),
    constraint cross_department_project_status_known check (status in ('ACTIVE', 'COMPLETED', 'CANCELLED')),
    constraint cross_department_project_texts_present check (btrim(name) <> '' and btrim(goal) <> ''
        and btrim(created_by) <> ''),
    constraint cross_department_project_version_stored check (version >= 1)
);

-- the list, latest start first (ties by id); active(): the running ones, which the daily escalation reads
create index cross_department_project_start_idx on cross_department_project (starts_on desc, id);
create index cross_department_project_active_idx on cross_department_project (starts_on desc, id)
    where status = 'ACTIVE';

-- Each department's part, once per department (a new part replaces the old).
create table project_responsibility (
    project_id uuid         not null,
    position   smallint     not null,
    department varchar(32)  not null,
    duty       varchar(500) not null,
    constraint project_responsibility_pkey primary key (project_id, position),
    constraint project_responsibility_project_fk foreign key (project_id) references cross_department_project (id),
    constraint project_responsibility_department_fk foreign key (department) references department (code),
    constraint project_responsibility_department_once unique (project_id, department),
    constraint project_responsibility_duty_present check (btrim(duty) <> '')
);

-- Milestones are only ever added and marked done; position is their place by due day (ties as added).
create table project_milestone (
    id         uuid         not null,
    project_id uuid         not null,
    position   smallint     not null,
    title      varchar(150) not null,
    owner      varchar(32)  not null,
    due_on     date         not null,
    done_on    date,
    constraint project_milestone_pkey primary key (id),
    constraint project_milestone_project_fk foreign key (project_id) references cross_department_project (id),
    constraint project_milestone_owner_fk foreign key (owner) references department (code),
    constraint project_milestone_title_present check (btrim(title) <> '')
);

create index project_milestone_project_idx on project_milestone (project_id, position);

-- The once-a-day rule of the milestone escalation: the primary key lets only the first mark of a milestone,
-- person and day through, also when two instances run the job at once.
create table milestone_escalation (
    milestone_id uuid         not null,
    recipient    varchar(100) not null,
    day          date         not null,
    sent_at      timestamptz  not null default now(),
    constraint milestone_escalation_pkey primary key (milestone_id, recipient, day),
    constraint milestone_escalation_milestone_fk foreign key (milestone_id) references project_milestone (id)
);
