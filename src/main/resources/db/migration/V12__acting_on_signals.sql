-- Issue 10: acting on an emerging problem. A signal is computed from the counts whenever it is looked at; what
-- leaders did about it is kept here, by the signal's identity (its rule, school and theme): acknowledged with a note
-- (it returns only if it gets worse than the count acknowledged), snoozed until a day (it returns by itself), and
-- what the weekly digest last told about it. Every action is kept in its history.
create table trend_signal (
    id                    bigint       not null auto_increment,
    signal_key            varchar(80)  not null,
    rule_name             varchar(30)  not null,
    school_id             bigint,
    theme_id              bigint       not null,
    status                varchar(20)  not null,
    acknowledged_observed int,
    snoozed_until         date,
    digest_observed       int,
    digest_week           date,
    version               bigint       not null default 0,
    primary key (id),
    constraint uq_trend_signal_key unique (signal_key),
    constraint fk_trend_signal_school foreign key (school_id) references school (id),
    constraint fk_trend_signal_theme foreign key (theme_id) references theme (id)
) ${table_options};

create table trend_signal_event (
    id          bigint        not null auto_increment,
    signal_id   bigint        not null,
    action      varchar(20)   not null,
    actor_id    bigint        not null,
    actor_name  varchar(120)  not null,
    acted_at    timestamp     not null default current_timestamp,
    observed    int,
    until_day   date,
    note        varchar(1000),
    primary key (id),
    constraint fk_trend_event_signal foreign key (signal_id) references trend_signal (id),
    constraint fk_trend_event_actor foreign key (actor_id) references user_account (id)
) ${table_options};
create index ix_trend_event_signal on trend_signal_event (signal_id, acted_at);

-- a follow-up opened from a signal links back to it
alter table follow_up add column signal_id bigint;
alter table follow_up add constraint fk_fu_signal foreign key (signal_id) references trend_signal (id);
