-- Issue 12: at a million observations every list and count reads what it shows, not the table.
-- The home page's counts by tone over the last 30 days, read from the index alone (no row lookups scattered
-- over the table: 2 s at a million observations, a few milliseconds with it).
create index ix_obs_date_tone on observation (observed_on, tone);
-- The list sorted by role group (then by date) is read in the index's order.
create index ix_obs_role_date on observation (role_group, observed_on);
