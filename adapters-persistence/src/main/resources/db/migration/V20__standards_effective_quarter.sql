-- Standards take effect from a quarter, not only from a year (issue 12, B.2): a change from the
-- current quarter no longer re-judges the earlier quarters of the year. A version stored before
-- was in force from its year's first day, so it is in force from that year's first quarter.
alter table appraisal_standards add column from_quarter smallint not null default 1;
alter table appraisal_standards
    add constraint appraisal_standards_quarter_range check (from_quarter between 1 and 4);
alter table appraisal_standards alter column from_quarter drop default;
