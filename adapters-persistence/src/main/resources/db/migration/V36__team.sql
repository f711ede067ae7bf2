-- The team (团队管理, SPEC §5 "Team", issue 16): the training plan of each year with its courses, who must attend
-- each, their attendance and their completion with its evidence; and each person's appraisal result of a quarter.
-- The people are the organization's (person, V1).
--
-- A plan only grows: courses are added, attendance and completion each recorded once (TrainingPlan refuses a
-- second). So a course is written once and never changed nor removed (append_only() is V13's; for the
-- application's role SELECT/INSERT only: ApplicationRolePrivileges.APPEND_ONLY), and an attendee's row is never
-- removed and only ever fills in what was not recorded yet. A plan's save bumps its version and writes the rows
-- that are new or have more recorded.

create table training_plan (
    id      uuid     not null,
    year    smallint not null,
    version bigint   not null,
    constraint training_plan_pkey primary key (id),
    -- one plan per year; also the scorecard's ofYears range
    constraint training_plan_year_once unique (year),
    constraint training_plan_year_range check (year between 1990 and 2100),
    constraint training_plan_version_stored check (version >= 1)
);

create table training_course (
    plan_id  uuid         not null,
    code     varchar(40)  not null,
    position smallint     not null,
    title    varchar(200) not null,
    due      date         not null,
    constraint training_course_pkey primary key (plan_id, code),
    constraint training_course_plan_fk foreign key (plan_id) references training_plan (id),
    constraint training_course_position_once unique (plan_id, position),
    constraint training_course_texts_present check (btrim(code) <> '' and btrim(title) <> '')
);

-- Who must attend a course, in the order they were named, each with their attendance and completion as recorded:
-- one row per attendee, so the scorecard reads a year's records in one index range scan without joins. The
-- attendance is written once, the completion once and only after it (training_attendee_recorded_once); the
-- evidence is an attached document or a note, exactly one.
create table training_attendee (
    plan_id             uuid          not null,
    course_code         varchar(40)   not null,
    person_id           uuid          not null,
    position            smallint      not null,
    attended_on         date,
    attended_by         varchar(100),
    completed_on        date,
    evidence_attachment uuid,
    evidence_note       varchar(1000),
    completed_by        varchar(100),
    constraint training_attendee_pkey primary key (plan_id, course_code, person_id),
    constraint training_attendee_course_fk foreign key (plan_id, course_code)
        references training_course (plan_id, code),
    constraint training_attendee_person_fk foreign key (person_id) references person (id),
    constraint training_attendee_attachment_fk foreign key (evidence_attachment) references attachment (id),
    -- the read's order: the course's attendees as named
    constraint training_attendee_position_once unique (plan_id, course_code, position),
    constraint training_attendee_attended_whole check ((attended_on is null) = (attended_by is null)),
    constraint training_attendee_completed_whole check ((completed_on is null) = (completed_by is null)
        and (completed_on is null) = (evidence_attachment is null and evidence_note is null)),
    constraint training_attendee_one_evidence check (evidence_attachment is null or evidence_note is null),
    constraint training_attendee_completed_after_attending check (completed_on is null
        or (completed_on >= attended_on) is true),
    constraint training_attendee_texts_present check (btrim(attended_by) <> '' and btrim(evidence_note) <> ''
        and btrim(completed_by) <> '')
);

create index training_attendee_person_idx on training_attendee (person_id);
create index training_attendee_attachment_idx on training_attendee (evidence_attachment)
    where evidence_attachment is not null;

-- An update may only record what was not recorded yet: the attendance, then the completion, each once.
create function training_attendee_recorded_once() returns trigger
    language plpgsql as
$$
begin
    if new.plan_id <> old.plan_id or new.course_code <> old.course_code or new.person_id <> old.person_id
        or new.position <> old.position
        or (old.attended_on is not null
            and (new.attended_on, new.attended_by) is distinct from (old.attended_on, old.attended_by))
        or (old.completed_on is not null
            and (new.completed_on, new.evidence_attachment, new.evidence_note, new.completed_by)
                is distinct from (old.completed_on, old.evidence_attachment, old.evidence_note, old.completed_by))
    then
        raise exception 'training_attendee: attendance and completion are recorded once'
            using errcode = 'restrict_violation';
    end if;
    return new;
end
$$;

create trigger training_attendee_recorded_once
    before update on training_attendee
    for each row execute function training_attendee_recorded_once();
create trigger training_attendee_kept
    before delete on training_attendee
    for each row execute function append_only();
create trigger training_attendee_not_truncated
    before truncate on training_attendee
    for each statement execute function append_only();

create trigger training_course_kept
    before update or delete on training_course
    for each row execute function append_only();
create trigger training_course_not_truncated
    before truncate on training_course
    for each statement execute function append_only();

-- A person's appraisal result of a quarter (stored as its first day), with the pass mark it was judged by; a
-- correction changes the score and the reviewer (the audit trail keeps what it was), never the mark or the quarter.
create table appraisal_result (
    id          uuid         not null,
    person_id   uuid         not null,
    quarter     date         not null,
    score       smallint     not null,
    pass_mark   smallint     not null,
    reviewer_id uuid         not null,
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null,
    version     bigint       not null,
    constraint appraisal_result_pkey primary key (id),
    constraint appraisal_result_person_fk foreign key (person_id) references person (id),
    constraint appraisal_result_reviewer_fk foreign key (reviewer_id) references person (id),
    -- one per person and quarter
    constraint appraisal_result_once unique (person_id, quarter),
    constraint appraisal_result_quarter_form check (extract(day from quarter) = 1
        and extract(month from quarter) in (1, 4, 7, 10)),
    constraint appraisal_result_score_range check (score between 0 and 100 and pass_mark between 0 and 100),
    constraint appraisal_result_not_self_reviewed check (reviewer_id <> person_id),
    constraint appraisal_result_by_present check (btrim(recorded_by) <> ''),
    constraint appraisal_result_version_stored check (version >= 1)
);

-- the scorecard's and the screen's between(from, to): one range of quarters
create index appraisal_result_quarter_idx on appraisal_result (quarter);
create index appraisal_result_reviewer_idx on appraisal_result (reviewer_id);
