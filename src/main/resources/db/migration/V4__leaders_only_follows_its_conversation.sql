-- PRODUCT.md rule 7 after every edit: when a rounding conversation is marked "district leaders only" (or no
-- longer), what it produced follows. Follow-ups and recognitions already name their conversation; an observation
-- names its visit (source_id), and now also the conversation within it (source_item_id).
alter table observation add column source_item_id bigint;
-- The observations a conversation produced, to re-flag them in one statement.
create index ix_obs_source_item on observation (source_type, source_item_id);

-- Earlier observations from a visit with a single conversation came from that conversation. On visits with several
-- conversations the producer was not recorded: those keep the flag they were written with.
update observation set source_item_id =
        (select min(c.id) from conversation c where c.visit_id = observation.source_id)
    where source_type = 'ROUNDING_VISIT'
      and (select count(*) from conversation c where c.visit_id = observation.source_id) = 1;
