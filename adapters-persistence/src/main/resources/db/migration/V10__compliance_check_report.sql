-- Compliance context: the inspection report (检查报告) of a compliance check, kept with the check
-- once it is closed: one PDF and one Excel file, written once in the transaction that closes the
-- check (or on the first download of a check closed before reports were kept) and served as kept
-- from then on. The table refuses what would make a kept report differ from what was handed out:
-- a report is only kept for a closed check, its SHA-256 must be that of its content, and a row can
-- be neither updated nor deleted while its check exists (deleting the check takes its reports).

create table compliance_check_report (
    check_id     uuid         not null,
    format       varchar(8)   not null,
    file_name    varchar(200) not null,
    content      bytea        not null,
    sha256       char(64)     not null,
    generated_at timestamptz  not null,
    kept_at      timestamptz  not null default now(),
    constraint compliance_check_report_pkey primary key (check_id, format),
    constraint compliance_check_report_check_fk foreign key (check_id)
        references compliance_check (id) on delete cascade,
    constraint compliance_check_report_format_known check (format in ('PDF', 'EXCEL')),
    constraint compliance_check_report_sha256_of_content check (sha256 = encode(sha256(content), 'hex'))
);

create function compliance_check_report_kept() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        if not exists (select 1 from compliance_check where id = new.check_id and closed) then
            raise exception 'compliance check % is not closed: its inspection report is not kept yet', new.check_id
                using errcode = 'check_violation';
        end if;
        return new;
    end if;
    if tg_op = 'DELETE' and not exists (select 1 from compliance_check where id = old.check_id) then
        -- the check itself is being deleted: its reports go with it
        return old;
    end if;
    raise exception 'the inspection report of compliance check % is kept as it was: no %', old.check_id, lower(tg_op)
        using errcode = 'restrict_violation';
end
$$;

create trigger compliance_check_report_kept
    before insert or update or delete on compliance_check_report
    for each row execute function compliance_check_report_kept();
