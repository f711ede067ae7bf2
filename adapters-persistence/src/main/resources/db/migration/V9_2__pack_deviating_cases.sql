-- The deviating cases stored one row per case and per deviation (V7) move into chunks (V9.1), in
-- the layout DeviatingCaseChunk reads (format 1: big-endian integers, texts as a length and UTF-8,
-- instants as epoch seconds and nanoseconds, optional values behind a presence byte). The old rows
-- kept durations in whole seconds; they move as they are. Then the two tables go.
create function pg_temp.chunk_text(v text) returns bytea
    language sql immutable as
$$ select int4send(octet_length(convert_to(v, 'UTF8'))) || convert_to(v, 'UTF8') $$;

create function pg_temp.chunk_optional_text(v text) returns bytea
    language sql immutable as
$$ select case when v is null then '\x00'::bytea else '\x01'::bytea || pg_temp.chunk_text(v) end $$;

create function pg_temp.chunk_instant(t timestamptz) returns bytea
    language sql immutable as
$$ select int8send(floor(extract(epoch from t))::int8)
              || int4send(((extract(epoch from t) - floor(extract(epoch from t))) * 1000000000)::int4) $$;

create function pg_temp.chunk_optional_instant(t timestamptz) returns bytea
    language sql immutable as
$$ select case when t is null then '\x00'::bytea else '\x01'::bytea || pg_temp.chunk_instant(t) end $$;

create function pg_temp.chunk_optional_seconds(s bigint) returns bytea
    language sql immutable as
$$ select case when s is null then '\x00'::bytea else '\x01'::bytea || int8send(s) || int4send(0) end $$;

with deviations as (
    select run_id, process_code, case_id, count(*) as found,
           string_agg(pg_temp.chunk_text(deviation_type) || pg_temp.chunk_optional_text(step_code)
                          || pg_temp.chunk_optional_text(reference_step) || pg_temp.chunk_optional_text(actor_role)
                          || pg_temp.chunk_optional_seconds(taken_seconds)
                          || pg_temp.chunk_optional_seconds(limit_seconds)
                          || pg_temp.chunk_optional_instant(occurred_at), ''::bytea order by position) as packed
    from compliance_check_deviation
    group by run_id, process_code, case_id
),
cases as (
    select k.run_id, k.process_code, k.case_id, k.version_number, k.first_event_at, k.last_event_at, k.events,
           coalesce(d.found, 0) as found, coalesce(d.packed, ''::bytea) as packed,
           (row_number() over (partition by k.run_id, k.process_code order by k.first_event_at, k.case_id) - 1)
               / 2000 as chunk
    from compliance_check_case k
    left join deviations d on d.run_id = k.run_id and d.process_code = k.process_code and d.case_id = k.case_id
)
insert into compliance_check_case_chunk (run_id, process_code, chunk, cases, first_start, last_start, payload)
select run_id, process_code, chunk + 1, count(*), min(first_event_at), max(first_event_at),
       '\x01'::bytea || int4send(count(*)::int4)
           || string_agg(pg_temp.chunk_text(case_id) || int4send(version_number)
                             || pg_temp.chunk_instant(first_event_at) || pg_temp.chunk_instant(last_event_at)
                             || int4send(events) || int4send(found::int4) || packed,
                         ''::bytea order by first_event_at, case_id)
from cases
group by run_id, process_code, chunk;

drop table compliance_check_deviation;
drop table compliance_check_case;
