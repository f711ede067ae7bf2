-- Appraisal context: the director's standards (versioned), figures entered by hand with their
-- evidence files, and the approvals that freeze a period's scorecard with the values it was judged on.
-- Periods are stored by their key: '2026-Q3' for a quarter, '2026' for a year.
-- Parts are not listed here: the application knows them, the form is all that is checked.
-- Figures are numeric without a fixed scale, so a value reads back exactly as it was written.

-- Evidence files (a report, a ruling) kept with the figures they support; written once.
create table attachment (
    id           uuid         not null,
    file_name    varchar(200) not null,
    content_type varchar(255) not null,
    size_bytes   bigint       not null,
    content      bytea        not null,
    uploaded_by  varchar(80)  not null,
    uploaded_at  timestamptz  not null default now(),
    constraint attachment_pkey primary key (id),
    constraint attachment_file_name_present check (btrim(file_name) <> ''),
    constraint attachment_size_counted check (size_bytes = octet_length(content))
);

-- A version of the standards, in force from a year on; written once, a change is the next version.
create table appraisal_standards (
    id          uuid        not null,
    number      integer     not null,
    from_year   integer     not null,
    note        text        not null default '',
    recorded_by varchar(80) not null,
    recorded_at timestamptz not null,
    constraint appraisal_standards_pkey primary key (id),
    constraint appraisal_standards_number_unique unique (number),
    constraint appraisal_standards_numbered_from_1 check (number >= 1),
    constraint appraisal_standards_year_range check (from_year between 2000 and 2999),
    constraint appraisal_standards_recorded_by_present check (btrim(recorded_by) <> '')
);

-- Every part's threshold in a version; the direction is the part's own and not stored.
create table appraisal_threshold (
    standards_id uuid        not null,
    part         varchar(40) not null,
    value        numeric     not null,
    constraint appraisal_threshold_pkey primary key (standards_id, part),
    constraint appraisal_threshold_standards_fk foreign key (standards_id) references appraisal_standards (id),
    constraint appraisal_threshold_part_form check (part ~ '^[A-Z][A-Z_]*$')
);

-- A figure entered by hand for one part and period: a value as such, or a ratio kept as numerator
-- and denominator (a zero denominator is "no data"). One per part and period; replacing it is a
-- version-checked update.
create table manual_figure (
    part             varchar(40)   not null,
    period_key       varchar(7)    not null,
    measurement_kind varchar(8)    not null,
    amount           numeric,
    numerator        numeric,
    denominator      numeric,
    reason           varchar(1000) not null,
    attachment_id    uuid,
    entered_by       varchar(80)   not null,
    entered_at       timestamptz   not null,
    version          bigint        not null,
    constraint manual_figure_pkey primary key (part, period_key),
    constraint manual_figure_attachment_fk foreign key (attachment_id) references attachment (id),
    constraint manual_figure_part_form check (part ~ '^[A-Z][A-Z_]*$'),
    constraint manual_figure_period_form check (period_key ~ '^[0-9]{4}(-Q[1-4])?$'),
    constraint manual_figure_measurement check (
        (measurement_kind = 'AMOUNT' and amount is not null and numerator is null and denominator is null)
        or (measurement_kind = 'RATIO' and amount is null and numerator >= 0 and denominator >= 0)),
    constraint manual_figure_reason_present check (btrim(reason) <> ''),
    constraint manual_figure_version_stored check (version >= 1)
);

-- the scorecard reads all figures of a few periods at once
create index manual_figure_period_idx on manual_figure (period_key);
create index manual_figure_attachment_idx on manual_figure (attachment_id);

-- The director's approval of a period's scorecard; at most one per period, never changed.
-- standards_version is the number of the standards version the scorecard was judged by.
create table scorecard_approval (
    period_key        varchar(7)    not null,
    standards_version integer       not null,
    status            varchar(8)    not null,
    approved_by       varchar(80)   not null,
    approved_at       timestamptz   not null,
    comment           varchar(1000) not null default '',
    constraint scorecard_approval_pkey primary key (period_key),
    constraint scorecard_approval_period_form check (period_key ~ '^[0-9]{4}(-Q[1-4])?$'),
    constraint scorecard_approval_status_known check (status in ('PASS', 'FAIL', 'NO_DATA'))
);

-- The values an approval was judged on, frozen as they were then, in order: the measurement and
-- where it came from (a person with a reason, or records with the evidence below).
create table scorecard_frozen_value (
    approval_period_key  varchar(7)    not null,
    position             integer       not null,
    part                 varchar(40)   not null,
    period_key           varchar(7)    not null,
    measurement_kind     varchar(8)    not null,
    amount               numeric,
    numerator            numeric,
    denominator          numeric,
    provenance_kind      varchar(8)    not null,
    manual_reason        varchar(1000),
    manual_attachment_id uuid,
    manual_entered_by    varchar(80),
    manual_entered_at    timestamptz,
    records_source       text,
    constraint scorecard_frozen_value_pkey primary key (approval_period_key, position),
    constraint scorecard_frozen_value_approval_fk foreign key (approval_period_key)
        references scorecard_approval (period_key),
    constraint scorecard_frozen_value_attachment_fk foreign key (manual_attachment_id) references attachment (id),
    constraint scorecard_frozen_value_part_form check (part ~ '^[A-Z][A-Z_]*$'),
    constraint scorecard_frozen_value_period_form check (period_key ~ '^[0-9]{4}(-Q[1-4])?$'),
    constraint scorecard_frozen_value_measurement check (
        (measurement_kind = 'AMOUNT' and amount is not null and numerator is null and denominator is null)
        or (measurement_kind = 'RATIO' and amount is null and numerator >= 0 and denominator >= 0)),
    constraint scorecard_frozen_value_provenance check (
        (provenance_kind = 'MANUAL' and manual_reason is not null and manual_entered_by is not null
             and manual_entered_at is not null and records_source is null)
        or (provenance_kind = 'RECORDS' and records_source is not null and manual_reason is null
             and manual_attachment_id is null and manual_entered_by is null and manual_entered_at is null)),
    constraint scorecard_frozen_value_position_counted check (position >= 0)
);

create index scorecard_frozen_value_attachment_idx on scorecard_frozen_value (manual_attachment_id);

-- The records behind a frozen value computed from records, in order: a label ("黄蕾") and what
-- the record says as an i18n key with its arguments, so the drill-down reads in either language.
create table scorecard_frozen_evidence (
    approval_period_key varchar(7) not null,
    value_position      integer    not null,
    position            integer    not null,
    label               text       not null,
    detail_key          text       not null,
    arguments           text[]     not null default '{}',
    constraint scorecard_frozen_evidence_pkey primary key (approval_period_key, value_position, position),
    constraint scorecard_frozen_evidence_value_fk foreign key (approval_period_key, value_position)
        references scorecard_frozen_value (approval_period_key, position),
    constraint scorecard_frozen_evidence_position_counted check (position >= 0)
);
