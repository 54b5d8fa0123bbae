-- Issue 12 (and the trends of issue 10): a theme's rows carry their observation's tone and role group too, so a
-- theme's list filtered or ordered by either is read from observation_theme alone. Joined to a million
-- observations (rows of up to 4,000 characters, far more than the buffer pool holds) the "more than 10,000?" probe
-- of one theme's concerns took 2 s; from the theme's own rows it reads an index range.
alter table observation_theme add column tone varchar(20);
alter table observation_theme add column role_group varchar(30);
update observation_theme
   set tone = (select o.tone from observation o where o.id = observation_theme.observation_id),
       role_group = (select o.role_group from observation o where o.id = observation_theme.observation_id);
alter table observation_theme modify column tone varchar(20) not null;
alter table observation_theme modify column role_group varchar(30) not null;
-- one theme's concerns (or ideas...) newest first, or the theme's list ordered by tone and then by date
create index ix_obstheme_theme_tone_date on observation_theme (theme_id, tone, observed_on, observation_id);
-- one theme's list for one role group, or ordered by role group and then by date
create index ix_obstheme_theme_group_date on observation_theme (theme_id, role_group, observed_on, observation_id);
