-- Biweekly check-ins: a series per principal and district leader, its occurrences (generated ahead on a rolling
-- horizon), the shared agenda with carry-over, action items, each author's private notes, and the bookkeeping
-- that makes e-mail reminders go out exactly once.

create table check_in_series (
    id                bigint      not null auto_increment,
    school_id         bigint      not null,
    principal_id      bigint      not null,
    leader_id         bigint      not null,
    day_of_week       varchar(10) not null,
    time_of_day       time        not null,
    duration_minutes  int         not null,
    first_on          date        not null,
    status            varchar(10) not null,
    generated_through date,
    created_at        timestamp   not null default current_timestamp,
    version           bigint      not null default 0,
    primary key (id),
    constraint fk_series_school foreign key (school_id) references school (id),
    constraint fk_series_principal foreign key (principal_id) references user_account (id),
    constraint fk_series_leader foreign key (leader_id) references user_account (id)
) ${table_options};
create index ix_series_principal on check_in_series (principal_id, status);
create index ix_series_leader on check_in_series (leader_id, status);

create table check_in (
    id                bigint        not null auto_increment,
    series_id         bigint        not null,
    slot_on           date          not null,
    starts_at         datetime      not null,
    duration_minutes  int           not null,
    status            varchar(10)   not null,
    leader_id         bigint        not null,
    shared_notes      varchar(8000),
    held_at           timestamp     null,
    version           bigint        not null default 0,
    primary key (id),
    constraint uk_check_in_slot unique (series_id, slot_on),
    constraint fk_check_in_series foreign key (series_id) references check_in_series (id),
    constraint fk_check_in_leader foreign key (leader_id) references user_account (id)
) ${table_options};
-- Reminders and the calendar look check-ins up by start; a series lists its own in order.
create index ix_check_in_start on check_in (starts_at, status);
create index ix_check_in_series_start on check_in (series_id, starts_at);

create table talking_point (
    id              bigint       not null auto_increment,
    check_in_id     bigint       not null,
    author_id       bigint       not null,
    body            varchar(500) not null,
    position        int          not null,
    discussed       boolean      not null default false,
    raised_on       date         not null,
    carry_count     int          not null default 0,
    version         bigint       not null default 0,
    primary key (id),
    constraint fk_point_check_in foreign key (check_in_id) references check_in (id),
    constraint fk_point_author foreign key (author_id) references user_account (id)
) ${table_options};
create index ix_point_check_in on talking_point (check_in_id, position);

create table action_item (
    id            bigint       not null auto_increment,
    series_id     bigint       not null,
    check_in_id   bigint       not null,
    owner_id      bigint       not null,
    body          varchar(500) not null,
    due_on        date,
    status        varchar(10)  not null,
    done_on       date,
    version       bigint       not null default 0,
    primary key (id),
    constraint fk_action_series foreign key (series_id) references check_in_series (id),
    constraint fk_action_check_in foreign key (check_in_id) references check_in (id),
    constraint fk_action_owner foreign key (owner_id) references user_account (id)
) ${table_options};
create index ix_action_series_status on action_item (series_id, status);
create index ix_action_owner_status on action_item (owner_id, status, due_on);

-- Private notes: one per author and check-in, readable by their author alone (PRODUCT.md rule 2).
create table private_note (
    id            bigint        not null auto_increment,
    check_in_id   bigint        not null,
    author_id     bigint        not null,
    body          varchar(8000) not null,
    updated_at    timestamp     not null default current_timestamp,
    version       bigint        not null default 0,
    primary key (id),
    constraint uk_private_note unique (check_in_id, author_id),
    constraint fk_private_check_in foreign key (check_in_id) references check_in (id),
    constraint fk_private_author foreign key (author_id) references user_account (id)
) ${table_options};

-- A reminder is claimed by inserting its row first: the primary key lets only one instance, once, send it.
create table reminder_sent (
    check_in_id   bigint      not null,
    kind          varchar(20) not null,
    sent_at       timestamp   not null default current_timestamp,
    primary key (check_in_id, kind),
    constraint fk_reminder_check_in foreign key (check_in_id) references check_in (id)
) ${table_options};

-- In the embedded demo, mail goes here (admins read it) instead of to an SMTP server.
create table mail_outbox (
    id          bigint        not null auto_increment,
    recipient   varchar(160)  not null,
    subject     varchar(200)  not null,
    body        varchar(8000) not null,
    created_at  timestamp     not null default current_timestamp,
    primary key (id)
) ${table_options};
create index ix_outbox_created on mail_outbox (created_at);
