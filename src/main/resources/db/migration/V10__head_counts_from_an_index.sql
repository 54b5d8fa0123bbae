-- Issue 12: every school's head count (the people page, and every school list of a form) from the index alone: with
-- sixty staff a school, the count looked up each staff row for its active flag (6,000 rows, 5-8 ms on every page
-- with a school list).
create index ix_staff_school_active on staff_member (school_id, active);
