-- The risk register (风险台账, issue 15): risks rated by likelihood × impact with their controls and
-- contingency plan, a major risk's closing or acceptance waiting for the director, the key risk indicators
-- with their thresholds, every re-rating (append-only: the history cannot be rewritten), the indicators'
-- figures one per month, and the monthly and quarterly reviews one per period. Months are stored as their
-- first day. The application's role gets its privileges from ApplicationRolePrivileges after migrating.

create table risk (
    id                uuid          not null,
    code              varchar(30)   not null,
    title             varchar(200)  not null,
    category          varchar(60)   not null,
    owner             varchar(80)   not null,
    likelihood        smallint      not null,
    impact            smallint      not null,
    -- the register sorts by it and the filter by level takes its ranges (RiskLevel: 1, 5, 10, 15)
    score             smallint      generated always as (likelihood * impact) stored,
    controls          varchar(4000) not null,
    contingency_plan  varchar(4000) not null,
    status            varchar(8)    not null,
    awaiting_status   varchar(8),
    awaiting_by       varchar(100),
    awaiting_at       timestamptz,
    awaiting_note     varchar(4000),
    resolved_status   varchar(8),
    resolved_by       varchar(100),
    resolved_at       timestamptz,
    resolved_note     varchar(4000),
    created_by        varchar(100)  not null,
    created_at        timestamptz   not null,
    version           bigint        not null,
    constraint risk_pkey primary key (id),
    constraint risk_code_once unique (code),
    constraint risk_texts_present check (btrim(code) <> '' and btrim(title) <> '' and btrim(category) <> ''
        and btrim(owner) <> ''),
    constraint risk_rating_range check (likelihood between 1 and 5 and impact between 1 and 5),
    constraint risk_status_known check (status in ('OPEN', 'CLOSED', 'ACCEPTED')),
    constraint risk_awaiting_whole check (
        (awaiting_status is null) = (awaiting_by is null) and (awaiting_status is null) = (awaiting_at is null)
            and (awaiting_status is null) = (awaiting_note is null)),
    constraint risk_awaiting_resolves check (awaiting_status in ('CLOSED', 'ACCEPTED')),
    constraint risk_resolved_whole check (
        (resolved_status is null) = (resolved_by is null) and (resolved_status is null) = (resolved_at is null)
            and (resolved_status is null) = (resolved_note is null)),
    -- a risk is resolved exactly when it has a resolution, of its own status
    constraint risk_resolved_as_status check (
        (status = 'OPEN') = (resolved_status is null) and (resolved_status is null or resolved_status = status)),
    constraint risk_version_stored check (version >= 1)
);

-- the register's page: each filter's status (the default OPEN) then the page's sort, the code last (unique)
create index risk_status_code_idx on risk (status, code);
create index risk_status_score_idx on risk (status, score, code);
create index risk_status_title_idx on risk (status, title, code);
create index risk_score_idx on risk (score, code);
create index risk_title_idx on risk (title, code);
create index risk_owner_idx on risk (owner);
create index risk_category_idx on risk (category);

-- Indicators are only ever added to a risk; a figure refers to one.
create table risk_indicator (
    id          uuid           not null,
    risk_id     uuid           not null,
    position    smallint       not null,
    name        varchar(120)   not null,
    side        varchar(5)     not null,
    -- unconstrained: the limit and the figures keep the scale they were given
    threshold   numeric        not null,
    -- the metric of the targets context that feeds the indicator; null: the figure is entered
    metric_id   uuid,
    constraint risk_indicator_pkey primary key (id),
    constraint risk_indicator_risk_fk foreign key (risk_id) references risk (id),
    constraint risk_indicator_metric_fk foreign key (metric_id) references target_metric (id),
    constraint risk_indicator_position_once unique (risk_id, position),
    constraint risk_indicator_name_present check (btrim(name) <> ''),
    constraint risk_indicator_side_known check (side in ('ABOVE', 'BELOW'))
);

create index risk_indicator_metric_idx on risk_indicator (metric_id) where metric_id is not null;

-- A re-rating is written once: who rated the risk again, when, why, from what to what.
create table risk_rerating (
    risk_id           uuid         not null,
    position          smallint     not null,
    before_likelihood smallint     not null,
    before_impact     smallint     not null,
    after_likelihood  smallint     not null,
    after_impact      smallint     not null,
    rated_by          varchar(100) not null,
    rated_at          timestamptz  not null,
    reason            varchar(500) not null,
    constraint risk_rerating_pkey primary key (risk_id, position),
    constraint risk_rerating_risk_fk foreign key (risk_id) references risk (id),
    constraint risk_rerating_rating_range check (before_likelihood between 1 and 5 and before_impact between 1 and 5
        and after_likelihood between 1 and 5 and after_impact between 1 and 5),
    constraint risk_rerating_texts_present check (btrim(rated_by) <> '' and btrim(reason) <> '')
);

create trigger risk_rerating_kept
    before update or delete on risk_rerating
    for each row execute function append_only();
create trigger risk_rerating_not_truncated
    before truncate on risk_rerating
    for each statement execute function append_only();

-- One figure per indicator and month: a second one replaces the first (a correction).
create table risk_figure (
    indicator_id uuid           not null,
    month        date           not null,
    risk_id      uuid           not null,
    value        numeric        not null,
    breached     boolean        not null,
    recorded_by  varchar(100)   not null,
    recorded_at  timestamptz    not null,
    constraint risk_figure_pkey primary key (indicator_id, month),
    constraint risk_figure_indicator_fk foreign key (indicator_id) references risk_indicator (id),
    constraint risk_figure_risk_fk foreign key (risk_id) references risk (id),
    constraint risk_figure_month_first_day check (extract(day from month) = 1)
);

create index risk_figure_risk_month_idx on risk_figure (risk_id, month desc);

-- One review per month and per quarter; its risks, changed ratings and decisions in order.
create table risk_review (
    id          uuid         not null,
    period_kind varchar(7)   not null,
    first_month date         not null,
    last_month  date         not null,
    held_by     varchar(100) not null,
    held_at     timestamptz  not null,
    version     bigint       not null,
    constraint risk_review_pkey primary key (id),
    constraint risk_review_period_once unique (period_kind, first_month),
    constraint risk_review_kind_known check (period_kind in ('MONTH', 'QUARTER')),
    constraint risk_review_period_form check (extract(day from first_month) = 1 and (
        (period_kind = 'MONTH' and last_month = first_month)
            or (period_kind = 'QUARTER' and extract(month from first_month) in (1, 4, 7, 10)
                and last_month = first_month + interval '2 months'))),
    constraint risk_review_held_by_present check (btrim(held_by) <> ''),
    constraint risk_review_version_stored check (version >= 1)
);

-- the list of reviews: the latest period first, a quarter before the review of its last month
create index risk_review_latest_idx on risk_review (last_month desc, period_kind desc, id);

create table risk_review_risk (
    review_id uuid     not null,
    position  smallint not null,
    risk_id   uuid     not null,
    constraint risk_review_risk_pkey primary key (review_id, position),
    constraint risk_review_risk_review_fk foreign key (review_id) references risk_review (id),
    constraint risk_review_risk_risk_fk foreign key (risk_id) references risk (id)
);

create table risk_review_change (
    review_id         uuid     not null,
    position          smallint not null,
    risk_id           uuid     not null,
    before_likelihood smallint not null,
    before_impact     smallint not null,
    after_likelihood  smallint not null,
    after_impact      smallint not null,
    constraint risk_review_change_pkey primary key (review_id, position),
    constraint risk_review_change_review_fk foreign key (review_id) references risk_review (id),
    constraint risk_review_change_risk_fk foreign key (risk_id) references risk (id),
    constraint risk_review_change_rating_range check (before_likelihood between 1 and 5
        and before_impact between 1 and 5 and after_likelihood between 1 and 5 and after_impact between 1 and 5)
);

create table risk_review_decision (
    review_id uuid          not null,
    position  smallint      not null,
    decision  varchar(1000) not null,
    constraint risk_review_decision_pkey primary key (review_id, position),
    constraint risk_review_decision_review_fk foreign key (review_id) references risk_review (id),
    constraint risk_review_decision_present check (btrim(decision) <> '')
);
