-- The monthly review (issue 14): one per month; its deviations fixed when it opens, each with the cause found
-- and the measures decided (each a work item of the charter's). A closed review is kept as it is.
create table target_monthly_review (
    id          uuid primary key,
    month       char(7)      not null unique check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    opened_by   varchar(100) not null,
    opened_at   timestamptz  not null,
    closed_by   varchar(100),
    closed_at   timestamptz,
    version     bigint       not null,
    check ((closed_by is null) = (closed_at is null))
);

create table target_review_deviation (
    review_id     uuid          not null references target_monthly_review (id) on delete cascade,
    position      int           not null,
    unit_id       uuid          not null references target_business_unit (id),
    metric_id     uuid          not null references target_metric (id),
    target_period varchar(7)    not null,
    key_indicator boolean       not null,
    share         numeric(26, 6) not null,
    actual        numeric(26, 6),
    percent       numeric(12, 1),
    cause         varchar(2000),
    primary key (review_id, position),
    unique (review_id, unit_id, metric_id)
);

create table target_review_measure (
    review_id  uuid         not null,
    position   int          not null,
    ordinal    int          not null,
    work_item  uuid         not null unique references work_item (id),
    title      varchar(200) not null,
    duty_type  varchar(100) not null,
    primary key (review_id, position, ordinal),
    foreign key (review_id, position) references target_review_deviation (review_id, position) on delete cascade
);

-- a closed review is the meeting's record: nothing of it changes any more
create function target_review_closed_is_kept() returns trigger language plpgsql as $$
begin
    if old.closed_at is not null then
        raise exception 'the monthly review of % is closed', old.month using errcode = 'P0001';
    end if;
    return new;
end $$;

create trigger target_review_closed_is_kept before update or delete on target_monthly_review
    for each row execute function target_review_closed_is_kept();
