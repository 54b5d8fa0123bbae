-- Issue 12: at a million observations every list and count reads what it shows, not the table.
-- The home page's counts by tone over the last 30 days, read from the index alone (no row lookups scattered
-- over the table: 2 s at a million observations, a few milliseconds with it).
create index ix_obs_date_tone on observation (observed_on, tone);
-- The list sorted by role group (then by date) is read in the index's order.
create index ix_obs_role_date on observation (role_group, observed_on);
-- A principal's list and count (their school, nothing for district leaders only), from the index alone.
create index ix_obs_school_open_date on observation (school_id, leaders_only, observed_on);
-- A theme's observations newest first, district-wide or at one school, read from the theme's rows alone: each
-- carries its observation's school, day and leaders-only flag (the observation keeps them in step), instead of a
-- join of a million observations sorted in a temporary table.
alter table observation_theme add column school_id bigint;
alter table observation_theme add column observed_on date;
alter table observation_theme add column leaders_only boolean not null default false;
update observation_theme
   set school_id = (select o.school_id from observation o where o.id = observation_theme.observation_id),
       observed_on = (select o.observed_on from observation o where o.id = observation_theme.observation_id),
       leaders_only = (select o.leaders_only from observation o where o.id = observation_theme.observation_id);
alter table observation_theme modify column school_id bigint not null;
alter table observation_theme modify column observed_on date not null;
create index ix_obstheme_theme_date on observation_theme (theme_id, observed_on, observation_id);
create index ix_obstheme_theme_school_date on observation_theme (theme_id, school_id, leaders_only, observed_on, observation_id);
