-- The weekly operations data report (运营数据周报, issue 14). One row per ISO week, written once by the
-- Monday job (or by a manager for an earlier week) with its PDF and workbook and the counts the list of
-- weeks shows. A week is never rewritten: a second writer's insert meets the primary key and does nothing
-- (on conflict do nothing), and the rows are append-only (V13's append_only(); for the application's role
-- SELECT/INSERT only: ApplicationRolePrivileges.APPEND_ONLY).
create table target_weekly_report (
    week_key   varchar(8)  not null,
    monday     date        not null,
    written_at timestamptz not null,
    written_by varchar(80) not null,
    lines      integer     not null,
    deviating  integer     not null,
    off_pace   integer     not null,
    key_unmet  integer     not null,
    pdf        bytea       not null,
    workbook   bytea       not null,
    constraint target_weekly_report_pkey primary key (week_key),
    constraint target_weekly_report_monday_unique unique (monday),
    constraint target_weekly_report_key_form check (week_key ~ '^[0-9]{4}-W[0-9]{2}$'),
    constraint target_weekly_report_on_a_monday check (extract(isodow from monday) = 1),
    constraint target_weekly_report_counts check (lines >= 0 and deviating between 0 and lines
        and off_pace between 0 and lines and key_unmet between 0 and lines)
);

create trigger target_weekly_report_kept
    before update or delete on target_weekly_report
    for each row execute function append_only();
create trigger target_weekly_report_not_truncated
    before truncate on target_weekly_report
    for each statement execute function append_only();

-- Who receives the report: each user subscribes and unsubscribes themself (nobody is subscribed by default).
create table target_report_subscriber (
    username      varchar(80) not null,
    subscribed_at timestamptz not null default now(),
    constraint target_report_subscriber_pkey primary key (username)
);
