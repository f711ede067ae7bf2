-- Daily actuals packed by month (issue 14 §7: an import of a million days at 200 000 a second).
--
-- One row per day cost an import two index entries and a heap tuple a day: a million days took 13 s to
-- merge on these machines. A unit's metric's month is now one row of target_actual_month: its days' values
-- in day_values, slot n the n-th day of the month (null where none was given, and past the month's end),
-- beside the month's totals (sum, days, last day and its value) the scorecard reads. A million days are
-- some 33 000 rows; an import packs the days of a month before they reach the database (ActualsBatch).

alter table target_actual_month add column day_values numeric[];

update target_actual_month m
set day_values = array(
    select a.value
    from generate_series(0, 30) g
    left join target_actual a on a.unit_id = m.unit_id and a.metric_id = m.metric_id and a.day = m.month + g
        and m.month + g < (m.month + interval '1 month')::date
    order by g);

alter table target_actual_month
    alter column day_values set not null,
    add constraint target_actual_month_slots check (array_ndims(day_values) = 1
        and array_lower(day_values, 1) = 1 and array_upper(day_values, 1) = 31);

-- one unit's metric's months, for its trend chart
create index target_actual_month_by_pair on target_actual_month (unit_id, metric_id, month);

drop table target_actual;
