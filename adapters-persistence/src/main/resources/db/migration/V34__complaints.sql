-- Complaints (投诉, SPEC §5 "Complaints", issue 15): the complaints received each day with how many of them were
-- major (entered or corrected: one row per day, replaced), and the major complaints one by one with their reason
-- and the incident each opened. A year is 365 rows of counts, however many complaints it held, so the major
-- complaint rate of a period is a sum over at most 366 rows.

create table complaint_day (
    day   date   not null,
    total bigint not null,
    major bigint not null,
    constraint complaint_day_pkey primary key (day),
    constraint complaint_day_total_range check (total >= 0),
    constraint complaint_day_major_range check (major >= 0 and major <= total)
);

-- A major complaint is a record of what was received and why it is major: never changed nor removed once
-- recorded (append_only() is V13's; for the application's role SELECT/INSERT only:
-- ApplicationRolePrivileges.APPEND_ONLY). What follows is its incident's.
create table major_complaint (
    id          uuid          not null,
    day         date          not null,
    title       varchar(200)  not null,
    reason      varchar(2000) not null,
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null,
    incident_id uuid          not null,
    -- the case of the complaint-handling process it was handled in, where that process has execution records
    case_process_code varchar(48),
    case_id           varchar(200),
    constraint major_complaint_pkey primary key (id),
    constraint major_complaint_case_whole check ((case_process_code is null) = (case_id is null)),
    constraint major_complaint_incident_fk foreign key (incident_id) references incident (id),
    constraint major_complaint_incident_once unique (incident_id),
    constraint major_complaint_title_present check (btrim(title) <> ''),
    constraint major_complaint_reason_present check (btrim(reason) <> ''),
    constraint major_complaint_by_present check (btrim(recorded_by) <> '')
);

-- the list: newest day first, then the latest recorded, then id
create index major_complaint_listed_idx on major_complaint (day desc, recorded_at desc, id);

create trigger major_complaint_kept
    before update or delete on major_complaint
    for each row execute function append_only();
create trigger major_complaint_not_truncated
    before truncate on major_complaint
    for each statement execute function append_only();
