-- Compliance context: the process manual (《运营流程手册》). A process keeps every version it ever
-- had; a version is written once and never changed (an edit is the next version), so only the
-- process row (its names) carries an optimistic-locking version. Durations are whole seconds.

create table process (
    id      uuid         not null,
    code    varchar(64)  not null,
    name_zh varchar(120) not null,
    name_en varchar(120) not null,
    version bigint       not null,
    constraint process_pkey primary key (id),
    constraint process_code_unique unique (code),
    constraint process_code_form check (code ~ '^[A-Z][A-Z0-9_]{0,63}$'),
    constraint process_names_present check (btrim(name_zh) <> '' and btrim(name_en) <> ''),
    constraint process_version_stored check (version >= 1)
);

-- A version of a process from its effective day on (in the organization's time zone). The end
-- steps are the step codes that finish a case.
create table process_version (
    process_id               uuid        not null,
    number                   integer     not null,
    effective_from           date        not null,
    basis                    varchar(16) not null,
    end_to_end_limit_seconds bigint,
    end_steps                text[]      not null,
    constraint process_version_pkey primary key (process_id, number),
    constraint process_version_process_fk foreign key (process_id) references process (id),
    constraint process_version_numbered_from_1 check (number >= 1),
    constraint process_version_basis_known check (basis in ('CALENDAR', 'WORKING')),
    constraint process_version_limit_positive check (end_to_end_limit_seconds > 0),
    constraint process_version_end_steps_present check (cardinality(end_steps) >= 1)
);

-- The steps of a version in the manual's order; the limit counts from the previous step that occurred.
create table process_step (
    process_id        uuid         not null,
    version_number    integer      not null,
    position          integer      not null,
    code              varchar(64)  not null,
    name_zh           varchar(120) not null,
    name_en           varchar(120) not null,
    mandatory         boolean      not null,
    roles             text[]       not null,
    limit_seconds     bigint,
    constraint process_step_pkey primary key (process_id, version_number, position),
    constraint process_step_version_fk foreign key (process_id, version_number)
        references process_version (process_id, number),
    constraint process_step_code_unique unique (process_id, version_number, code),
    constraint process_step_code_form check (code ~ '^[A-Z][A-Z0-9_]{0,63}$'),
    constraint process_step_names_present check (btrim(name_zh) <> '' and btrim(name_en) <> ''),
    constraint process_step_roles_present check (cardinality(roles) >= 1),
    constraint process_step_limit_positive check (limit_seconds > 0),
    constraint process_step_position_counted check (position >= 0)
);
