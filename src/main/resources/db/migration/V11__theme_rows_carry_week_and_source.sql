-- Issue 10: the trends count a theme's rows by school, week and tone without touching an observation. Each row
-- carries its observation's week (the Monday it starts on, computed by the observation in Java; here from a known
-- Monday, 1 January 1900, in functions H2 and MariaDB share) and its source (rounding, a check-in...: "confirmed by
-- two sources").
alter table observation_theme add column week_start date;
alter table observation_theme add column source_type varchar(30);
update observation_theme
   set week_start = timestampadd(day, -mod(timestampdiff(day, date '1900-01-01', observed_on), 7), observed_on),
       source_type = (select o.source_type from observation o where o.id = observation_theme.observation_id);
alter table observation_theme modify column week_start date not null;
-- every school's and theme's concerns (or celebrations...) per week, read in the index's order (week, school,
-- theme): no temporary table, no row of observation_theme itself
create index ix_obstheme_tone_week on observation_theme (tone, week_start, school_id, theme_id, leaders_only);
-- a window of days counted per school and theme (the heat map and its baseline), and which sources spoke of a
-- school's theme in the last weeks, from the index alone
create index ix_obstheme_tone_day on observation_theme (tone, observed_on, school_id, theme_id, leaders_only, source_type);
-- one theme's weekly series, district-wide or at one school, from the index alone in the order of its weeks
create index ix_obstheme_theme_tone_week on observation_theme (theme_id, tone, week_start, school_id, leaders_only);
