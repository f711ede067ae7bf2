-- Periods, and the year standards are in force from, take the years of business dates: 1990–2100
-- (issue 11). V4 kept a version's year within 2000–2999, so standards from a year in the 1990s could
-- be refused by the database although the application accepts them. NOT VALID: a version stored
-- before keeps its year; every new one is checked.
alter table appraisal_standards drop constraint appraisal_standards_year_range;
alter table appraisal_standards
    add constraint appraisal_standards_year_range check (from_year between 1990 and 2100) not valid;
