-- The audit trail is append-only in the database itself, not only because the application never
-- changes it: an entry and its field changes can be neither updated nor deleted nor truncated, and
-- the inspection reports kept with closed checks (V10) can no longer be truncated either. The
-- application's role additionally holds only SELECT and INSERT on these tables (granted after every
-- migration by ApplicationRolePrivileges), so it cannot drop these triggers: only their owner can.

create function append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: no %', tg_table_name, lower(tg_op)
        using errcode = 'restrict_violation';
end
$$;

create trigger audit_entry_kept
    before update or delete on audit_entry
    for each row execute function append_only();
create trigger audit_entry_not_truncated
    before truncate on audit_entry
    for each statement execute function append_only();

create trigger audit_change_kept
    before update or delete on audit_change
    for each row execute function append_only();
create trigger audit_change_not_truncated
    before truncate on audit_change
    for each statement execute function append_only();

create trigger compliance_check_report_not_truncated
    before truncate on compliance_check_report
    for each statement execute function append_only();
