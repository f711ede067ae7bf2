-- Targets context (issue 14): business units, metrics, targets with every revision, daily actuals.
--
-- Daily actuals are many (50 units x 30 metrics x 365 days = 548 000 rows a year) and the scorecard
-- reads a quarter's or a year's totals of all of them at once. target_actual_month keeps each unit's
-- metric's month added up (sum, number of days, last day and its value), kept by the import's commit for
-- the months it touched; a period's totals read whole months there and only the days of a month cut by
-- the period's edges (JdbcActuals).

create table target_business_unit (
    id            uuid         not null,
    code          varchar(40)  not null,
    name_zh       varchar(120) not null,
    name_en       varchar(120) not null,
    department_id uuid,
    active        boolean      not null,
    version       bigint       not null,
    constraint target_business_unit_pkey primary key (id),
    constraint target_business_unit_code_unique unique (code),
    constraint target_business_unit_code_form check (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    constraint target_business_unit_names_present check (btrim(name_zh) <> '' and btrim(name_en) <> ''),
    constraint target_business_unit_department_fk foreign key (department_id) references department (id),
    constraint target_business_unit_version_stored check (version >= 1)
);

-- A metric's aggregation is its kind; a ratio names the two other metrics it divides.
create table target_metric (
    id             uuid         not null,
    code           varchar(40)  not null,
    name_zh        varchar(120) not null,
    name_en        varchar(120) not null,
    unit           varchar(16)  not null,
    direction      varchar(20)  not null,
    aggregation    varchar(16)  not null,
    numerator_id   uuid,
    denominator_id uuid,
    key_indicator  boolean      not null,
    core           boolean      not null,
    version        bigint       not null,
    constraint target_metric_pkey primary key (id),
    constraint target_metric_code_unique unique (code),
    constraint target_metric_code_form check (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    constraint target_metric_names_present check (btrim(name_zh) <> '' and btrim(name_en) <> ''),
    constraint target_metric_unit_known check (unit in ('MONEY', 'COUNT', 'PERCENT', 'HOURS', 'DAYS', 'SCORE')),
    constraint target_metric_direction_known check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    constraint target_metric_aggregation_known check (aggregation in ('SUM', 'AVERAGE', 'LAST', 'RATIO')),
    constraint target_metric_ratio_operands check (
        (aggregation = 'RATIO' and numerator_id is not null and denominator_id is not null
            and numerator_id <> denominator_id and numerator_id <> id and denominator_id <> id)
        or (aggregation <> 'RATIO' and numerator_id is null and denominator_id is null)),
    constraint target_metric_numerator_fk foreign key (numerator_id) references target_metric (id),
    constraint target_metric_denominator_fk foreign key (denominator_id) references target_metric (id),
    constraint target_metric_version_stored check (version >= 1)
);

-- One target per unit, metric and period (a year, 2027, or a quarter, 2027-Q3); its value is its latest
-- revision's, and revisions counts them (the target's version: a revision must follow the stored ones).
create table target (
    unit_id     uuid       not null,
    metric_id   uuid       not null,
    period_kind varchar(8) not null,
    period_key  varchar(7) not null,
    revisions   integer    not null,
    constraint target_pkey primary key (unit_id, metric_id, period_key),
    constraint target_unit_fk foreign key (unit_id) references target_business_unit (id),
    constraint target_metric_fk foreign key (metric_id) references target_metric (id),
    constraint target_period_form check (
        (period_kind = 'YEAR' and period_key ~ '^[0-9]{4}$')
        or (period_kind = 'QUARTER' and period_key ~ '^[0-9]{4}-Q[1-4]$')),
    constraint target_revisions_stored check (revisions >= 1)
);

-- a period's targets, page by page
create index target_period_idx on target (period_key);

-- Every value a target was given, numbered from 1: who, when and why (the first needs no reason).
create table target_revision (
    unit_id    uuid          not null,
    metric_id  uuid          not null,
    period_key varchar(7)    not null,
    number     integer       not null,
    value      numeric       not null,
    set_by     varchar(100)  not null,
    set_at     timestamptz   not null,
    reason     varchar(500),
    constraint target_revision_pkey primary key (unit_id, metric_id, period_key, number),
    constraint target_revision_target_fk foreign key (unit_id, metric_id, period_key)
        references target (unit_id, metric_id, period_key),
    constraint target_revision_number_range check (number >= 1),
    constraint target_revision_by_present check (btrim(set_by) <> ''),
    constraint target_revision_reason_given check (number = 1 or reason is not null),
    constraint target_revision_reason_present check (reason is null or btrim(reason) <> '')
);

-- A revision, once stored, is history: never changed nor removed (append_only() is V13's).
create trigger target_revision_kept
    before update or delete on target_revision
    for each row execute function append_only();
create trigger target_revision_not_truncated
    before truncate on target_revision
    for each statement execute function append_only();

-- One value per unit, metric and day: at most 14 digits before the point and 6 after
-- (DailyActual.INTEGER_DIGITS and FRACTION_DIGITS, which the import checks before storing). No foreign
-- keys: their per-row checks took half of an import's merge; the import checks its units and metrics
-- once, set-based (ActualsBatch), and units and metrics are never deleted.
create table target_actual (
    unit_id   uuid           not null,
    metric_id uuid           not null,
    day       date           not null,
    value     numeric(20, 6) not null,
    constraint target_actual_pkey primary key (unit_id, metric_id, day)
);

-- the days of the months a period's edges cut, for every unit and metric at once: one range of this
-- index, read from the index alone (the days of a month in a file sorted by unit lie on as many pages)
create index target_actual_by_day on target_actual (day) include (unit_id, metric_id, value);

-- Each unit's metric's month of target_actual added up: derived, rewritten for the months an import
-- touched, never written otherwise. month is the month's first day.
create table target_actual_month (
    month      date           not null,
    unit_id    uuid           not null,
    metric_id  uuid           not null,
    sum_value  numeric        not null,
    day_count  integer        not null,
    last_day   date           not null,
    last_value numeric(20, 6) not null,
    constraint target_actual_month_pkey primary key (month, unit_id, metric_id),
    constraint target_actual_month_first_day check (extract(day from month) = 1),
    constraint target_actual_month_days_range check (day_count between 1 and 31),
    constraint target_actual_month_last_day_within check (last_day >= month and last_day < month + interval '1 month')
);
