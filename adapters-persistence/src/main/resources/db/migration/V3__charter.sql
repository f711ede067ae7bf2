-- Charter context: the responsibility charter, versioned, and the work items it routes.
-- A charter version is written once and never changed (an edit is the next version), so its rows
-- carry no optimistic-locking version; work items do. The first charter is seeded by the
-- application from the specification's table, not here.

create table charter_version (
    id             uuid         not null,
    number         integer      not null,
    effective_from date         not null,
    -- why this version was made; empty for the first one
    note           varchar(500) not null default '',
    recorded_by    varchar(80)  not null,
    recorded_at    timestamptz  not null,
    constraint charter_version_pkey primary key (id),
    constraint charter_version_number_unique unique (number),
    constraint charter_version_numbered_from_1 check (number >= 1),
    constraint charter_version_recorded_by_present check (btrim(recorded_by) <> '')
);

-- The duty dimensions of a version, in the charter's order.
create table charter_dimension (
    charter_version_id uuid         not null,
    position           integer      not null,
    code               varchar(48)  not null,
    name_zh            varchar(120) not null,
    name_en            varchar(120) not null,
    constraint charter_dimension_pkey primary key (charter_version_id, position),
    constraint charter_dimension_version_fk foreign key (charter_version_id) references charter_version (id),
    constraint charter_dimension_code_unique unique (charter_version_id, code),
    constraint charter_dimension_code_form check (code ~ '^[A-Z][A-Z0-9_]{1,47}$'),
    constraint charter_dimension_names_present check (btrim(name_zh) <> '' and btrim(name_en) <> ''),
    constraint charter_dimension_position_counted check (position >= 0)
);

-- The lines of a version in the charter's order (position counts across the whole version), each
-- under the dimension at dimension_position. A line Operations owns names no department; one it
-- participates in names the lead; one outside its boundary names the owner and, if that owner (or
-- management) must sign the work off, who.
create table charter_line (
    charter_version_id uuid         not null,
    position           integer      not null,
    dimension_position integer      not null,
    duty_type          varchar(48)  not null,
    text_zh            varchar(300) not null,
    text_en            varchar(300) not null,
    involvement        varchar(16)  not null,
    department_id      uuid,
    sign_off           varchar(32),
    constraint charter_line_pkey primary key (charter_version_id, position),
    constraint charter_line_version_fk foreign key (charter_version_id) references charter_version (id),
    constraint charter_line_dimension_fk foreign key (charter_version_id, dimension_position)
        references charter_dimension (charter_version_id, position),
    constraint charter_line_department_fk foreign key (department_id) references department (id),
    constraint charter_line_duty_type_unique unique (charter_version_id, duty_type),
    constraint charter_line_duty_type_form check (duty_type ~ '^[A-Z][A-Z0-9_]{1,47}$'),
    constraint charter_line_texts_present check (btrim(text_zh) <> '' and btrim(text_en) <> ''),
    constraint charter_line_involvement_known check (involvement in ('OWN', 'PARTICIPATE', 'EXCLUDED')),
    constraint charter_line_sign_off_known check (sign_off in ('MANAGEMENT', 'OWNER_DEPARTMENT_LEAD')),
    constraint charter_line_department_unless_own check ((involvement = 'OWN') = (department_id is null)),
    constraint charter_line_sign_off_only_when_excluded check (sign_off is null or involvement = 'EXCLUDED'),
    constraint charter_line_position_counted check (position >= 0)
);

create index charter_line_department_idx on charter_line (department_id);

-- A task, request, action or escalation with the routing decision taken when it was registered:
-- how Operations is involved, the department that leads or owns it, the sign-off the charter
-- requires, and a copy of the charter line it rests on as it read then (the citation stays true
-- when later versions reword the line, so it is not a reference).
create table work_item (
    id                    uuid          not null,
    kind                  varchar(16)   not null,
    title                 varchar(150)  not null,
    description           varchar(2000) not null default '',
    duty_type             varchar(48)   not null,
    involvement           varchar(16)   not null,
    department_id         uuid,
    sign_off_authority    varchar(32),
    charter_version       integer       not null,
    citation_dimension_code    varchar(48)  not null,
    citation_dimension_name_zh varchar(120) not null,
    citation_dimension_name_en varchar(120) not null,
    citation_text_zh      varchar(300)  not null,
    citation_text_en      varchar(300)  not null,
    status                varchar(24)   not null,
    raised_by             varchar(80)   not null,
    raised_at             timestamptz   not null,
    due_on                date,
    -- the last sign-off decision (an approval, or the refusal that sent the item back): all or nothing
    sign_off_approved     boolean,
    sign_off_by           varchar(80),
    sign_off_role         varchar(32),
    sign_off_at           timestamptz,
    sign_off_comment      text,
    closed_by             varchar(80),
    closed_at             timestamptz,
    outcome               varchar(2000) not null default '',
    version               bigint        not null,
    constraint work_item_pkey primary key (id),
    constraint work_item_department_fk foreign key (department_id) references department (id),
    constraint work_item_kind_known check (kind in ('TASK', 'REQUEST', 'ACTION', 'ESCALATION')),
    constraint work_item_title_present check (btrim(title) <> ''),
    constraint work_item_duty_type_form check (duty_type ~ '^[A-Z][A-Z0-9_]{1,47}$'),
    constraint work_item_involvement_known check (involvement in ('OWN', 'PARTICIPATE', 'EXCLUDED')),
    constraint work_item_sign_off_authority_known
        check (sign_off_authority in ('MANAGEMENT', 'OWNER_DEPARTMENT_LEAD')),
    constraint work_item_department_unless_own check ((involvement = 'OWN') = (department_id is null)),
    constraint work_item_sign_off_authority_only_when_excluded
        check (sign_off_authority is null or involvement = 'EXCLUDED'),
    constraint work_item_status_known
        check (status in ('OPEN', 'HANDED_OVER', 'AWAITING_SIGN_OFF', 'DONE', 'CANCELLED')),
    constraint work_item_sign_off_complete check (
        (sign_off_approved is null and sign_off_by is null and sign_off_role is null and sign_off_at is null
             and sign_off_comment is null)
        or (sign_off_approved is not null and sign_off_by is not null and sign_off_role is not null
             and sign_off_at is not null and sign_off_comment is not null)),
    constraint work_item_sign_off_role_known check (sign_off_role in ('OPS_DIRECTOR', 'OPS_MANAGER',
                                                                       'OPS_SPECIALIST', 'DEPARTMENT_LEAD',
                                                                       'AUDITOR', 'ADMIN')),
    constraint work_item_closed_together check ((closed_by is null) = (closed_at is null)),
    constraint work_item_version_stored check (version >= 1)
);

-- a department's queue (by status), and the list newest first
create index work_item_department_status_idx on work_item (department_id, status);
create index work_item_raised_at_idx on work_item (raised_at desc);
