-- Costs and ROI (issue 14, item 3): channels, monthly operating costs by type and channel, the revenue
-- attributed to each channel per month, budget change requests (their state is their work item's) and
-- the channel months flagged below break-even with their stop-or-optimize decision. Months are stored
-- as their first day. Amounts in the organization's currency, in cents.

create table cost_channel (
    id      uuid         not null,
    code    varchar(40)  not null,
    name_zh varchar(120) not null,
    name_en varchar(120) not null,
    active  boolean      not null,
    version bigint       not null,
    constraint cost_channel_pkey primary key (id),
    constraint cost_channel_code_once unique (code),
    constraint cost_channel_code_form check (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    constraint cost_channel_names_present check (btrim(name_zh) <> '' and btrim(name_en) <> ''),
    constraint cost_channel_version_stored check (version >= 1)
);

create table cost_monthly (
    id         uuid           not null,
    month      date           not null,
    cost_type  varchar(16)    not null,
    channel_id uuid,
    amount     numeric(13, 2) not null,
    note       varchar(500)   not null,
    version    bigint         not null,
    constraint cost_monthly_pkey primary key (id),
    constraint cost_monthly_channel_fk foreign key (channel_id) references cost_channel (id),
    -- one cost per month, type and channel; a cost of no channel is one per month and type too
    constraint cost_monthly_key_once unique nulls not distinct (month, cost_type, channel_id),
    constraint cost_monthly_month_first_day check (extract(day from month) = 1),
    constraint cost_monthly_type_known
        check (cost_type in ('PROMOTION', 'MATERIALS', 'LABOUR', 'LOGISTICS', 'TECHNOLOGY', 'OTHER')),
    constraint cost_monthly_amount_range check (amount >= 0),
    constraint cost_monthly_version_stored check (version >= 1)
);

-- the ROI: a channel's costs of a range of months
create index cost_monthly_channel_month_idx on cost_monthly (channel_id, month) where channel_id is not null;

create table cost_channel_revenue (
    id         uuid           not null,
    channel_id uuid           not null,
    month      date           not null,
    revenue    numeric(13, 2) not null,
    version    bigint         not null,
    constraint cost_channel_revenue_pkey primary key (id),
    constraint cost_channel_revenue_channel_fk foreign key (channel_id) references cost_channel (id),
    constraint cost_channel_revenue_once unique (channel_id, month),
    constraint cost_channel_revenue_month_first_day check (extract(day from month) = 1),
    constraint cost_channel_revenue_range check (revenue >= 0),
    constraint cost_channel_revenue_version_stored check (version >= 1)
);

create index cost_channel_revenue_month_idx on cost_channel_revenue (month);

-- A request is written once and never changed: whether it applies is its work item's state.
create table cost_budget_change (
    id           uuid           not null,
    year         smallint       not null,
    cost_type    varchar(16)    not null,
    amount       numeric(13, 2) not null,
    reason       varchar(1000)  not null,
    requested_by varchar(100)   not null,
    requested_at timestamptz    not null,
    work_item_id uuid           not null,
    constraint cost_budget_change_pkey primary key (id),
    constraint cost_budget_change_work_item_fk foreign key (work_item_id) references work_item (id),
    constraint cost_budget_change_type_known
        check (cost_type in ('PROMOTION', 'MATERIALS', 'LABOUR', 'LOGISTICS', 'TECHNOLOGY', 'OTHER')),
    constraint cost_budget_change_year_range check (year between 1990 and 2100),
    constraint cost_budget_change_amount_range check (amount >= 0),
    constraint cost_budget_change_reason_present check (btrim(reason) <> ''),
    constraint cost_budget_change_by_present check (btrim(requested_by) <> '')
);

create index cost_budget_change_year_idx on cost_budget_change (year, requested_at);

create table cost_roi_flag (
    id            uuid          not null,
    channel_id    uuid          not null,
    month         date          not null,
    work_item_id  uuid          not null,
    decision      varchar(16),
    decided_by    varchar(100),
    decided_at    timestamptz,
    reason        varchar(1000),
    version       bigint        not null,
    constraint cost_roi_flag_pkey primary key (id),
    constraint cost_roi_flag_channel_fk foreign key (channel_id) references cost_channel (id),
    constraint cost_roi_flag_work_item_fk foreign key (work_item_id) references work_item (id),
    constraint cost_roi_flag_once unique (channel_id, month),
    constraint cost_roi_flag_month_first_day check (extract(day from month) = 1),
    constraint cost_roi_flag_decision_known check (decision in ('STOP', 'OPTIMIZE')),
    constraint cost_roi_flag_decision_whole check (
        (decision is null) = (decided_by is null) and (decision is null) = (decided_at is null)
            and (decision is null) = (reason is null)),
    constraint cost_roi_flag_version_stored check (version >= 1)
);

create index cost_roi_flag_month_idx on cost_roi_flag (month);
