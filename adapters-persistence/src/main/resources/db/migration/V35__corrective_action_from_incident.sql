-- A corrective action corrects a finding of a compliance check (process, deviation type, step) or what an
-- incident's post-mortem found (the incident's id; its quarter is the period). Exactly one of the two.
alter table corrective_action
    add column incident_id uuid,
    alter column process_code drop not null,
    alter column deviation_type drop not null,
    add constraint corrective_action_one_origin check (
        (incident_id is null and process_code is not null and deviation_type is not null)
        or (incident_id is not null and process_code is null and deviation_type is null and step_code is null
            and check_id is null));

create index corrective_action_incident_idx on corrective_action (incident_id) where incident_id is not null;
