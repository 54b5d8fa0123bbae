-- Rounding: visits to schools, the conversations leaders have there, recognitions, follow-ups,
-- the district's rounding questions and private calendar-feed tokens.
-- Times of day are the district's local time (datetime, no zone conversion); instants are timestamps.

create table rounding_question (
    id        bigint       not null auto_increment,
    position  int          not null,
    body      varchar(300) not null,
    active    boolean      not null default true,
    version   bigint       not null default 0,
    primary key (id)
) ${table_options};

create table visit (
    id                bigint       not null auto_increment,
    school_id         bigint       not null,
    starts_at         datetime     not null,
    duration_minutes  int          not null,
    focus             varchar(300),
    status            varchar(20)  not null,
    walk_in           boolean      not null default false,
    cancel_reason     varchar(500),
    planned_by        bigint       not null,
    completed_at      timestamp    null,
    created_at        timestamp    not null default current_timestamp,
    version           bigint       not null default 0,
    primary key (id),
    constraint fk_visit_school foreign key (school_id) references school (id),
    constraint fk_visit_planner foreign key (planned_by) references user_account (id)
) ${table_options};
-- The calendar (a date range) and coverage (last completed visit per school).
create index ix_visit_start on visit (starts_at);
create index ix_visit_school_status_start on visit (school_id, status, starts_at);

create table visit_leader (
    visit_id  bigint not null,
    user_id   bigint not null,
    primary key (visit_id, user_id),
    constraint fk_vleader_visit foreign key (visit_id) references visit (id),
    constraint fk_vleader_user foreign key (user_id) references user_account (id)
) ${table_options};
-- A leader's own visits (their calendar feed, visits per leader).
create index ix_vleader_user on visit_leader (user_id, visit_id);

create table conversation (
    id               bigint        not null auto_increment,
    visit_id         bigint        not null,
    kind             varchar(20)   not null,
    staff_member_id  bigint,
    role_group       varchar(30)   not null,
    grade_band       varchar(20),
    on_their_mind    varchar(2000),
    leaders_only     boolean       not null default false,
    author_id        bigint        not null,
    created_at       timestamp     not null default current_timestamp,
    version          bigint        not null default 0,
    primary key (id),
    constraint fk_conv_visit foreign key (visit_id) references visit (id),
    constraint fk_conv_staff foreign key (staff_member_id) references staff_member (id),
    constraint fk_conv_author foreign key (author_id) references user_account (id)
) ${table_options};
create index ix_conv_visit on conversation (visit_id, created_at);
-- People memory: every conversation with one staff member, newest first.
create index ix_conv_staff on conversation (staff_member_id, created_at);

-- The answers to the rounding questions; the question's wording is kept as it was asked.
create table conversation_answer (
    conversation_id  bigint        not null,
    position         int           not null,
    question_id      bigint,
    question         varchar(300)  not null,
    answer           varchar(2000) not null,
    primary key (conversation_id, position),
    constraint fk_answer_conv foreign key (conversation_id) references conversation (id),
    constraint fk_answer_question foreign key (question_id) references rounding_question (id)
) ${table_options};

create table recognition (
    id               bigint        not null auto_increment,
    school_id        bigint        not null,
    visit_id         bigint,
    conversation_id  bigint,
    staff_member_id  bigint,
    team             varchar(120),
    reason           varchar(1000) not null,
    recognized_on    date          not null,
    recognized_by    bigint        not null,
    leaders_only     boolean       not null default false,
    acknowledged_at  timestamp     null,
    acknowledged_by  bigint,
    version          bigint        not null default 0,
    primary key (id),
    constraint fk_recog_school foreign key (school_id) references school (id),
    constraint fk_recog_visit foreign key (visit_id) references visit (id),
    constraint fk_recog_conv foreign key (conversation_id) references conversation (id),
    constraint fk_recog_staff foreign key (staff_member_id) references staff_member (id),
    constraint fk_recog_by foreign key (recognized_by) references user_account (id),
    constraint fk_recog_ack_by foreign key (acknowledged_by) references user_account (id)
) ${table_options};
-- Recognitions waiting for a thank-you note, oldest first.
create index ix_recog_pending on recognition (acknowledged_at, recognized_on);
create index ix_recog_staff on recognition (staff_member_id, recognized_on);
create index ix_recog_school on recognition (school_id, recognized_on);

create table follow_up (
    id               bigint        not null auto_increment,
    school_id        bigint        not null,
    visit_id         bigint,
    conversation_id  bigint,
    concern          varchar(1000) not null,
    owner_id         bigint        not null,
    raised_on        date          not null,
    due_on           date          not null,
    status           varchar(20)   not null,
    resolution       varchar(2000),
    resolved_on      date,
    leaders_only     boolean       not null default false,
    created_by       bigint        not null,
    created_at       timestamp     not null default current_timestamp,
    version          bigint        not null default 0,
    primary key (id),
    constraint fk_fu_school foreign key (school_id) references school (id),
    constraint fk_fu_visit foreign key (visit_id) references visit (id),
    constraint fk_fu_conv foreign key (conversation_id) references conversation (id),
    constraint fk_fu_owner foreign key (owner_id) references user_account (id),
    constraint fk_fu_creator foreign key (created_by) references user_account (id)
) ${table_options};
-- "My follow-ups" (open first, by due date) and "you said, we did" (resolved in a term, per school).
create index ix_fu_owner_status_due on follow_up (owner_id, status, due_on);
create index ix_fu_school_status_resolved on follow_up (school_id, status, resolved_on);

-- A leader's private calendar subscription: only a SHA-256 of the token is kept, so the table cannot leak feeds.
create table calendar_token (
    user_id     bigint      not null,
    token_hash  varchar(64) not null,
    created_at  timestamp   not null default current_timestamp,
    primary key (user_id),
    constraint uk_calendar_token unique (token_hash),
    constraint fk_caltoken_user foreign key (user_id) references user_account (id)
) ${table_options};

-- Observations from a "district leaders only" conversation are hidden from the school's principal too.
alter table observation add column leaders_only boolean not null default false;

-- The district's default rounding questions (the seed article); admins edit the list.
insert into rounding_question (position, body) values
    (1, 'What is working well?'),
    (2, 'Is anyone especially helpful whom I should recognize?'),
    (3, 'Is anything getting in your way? Do you have what you need to do your job?'),
    (4, 'What should I know, or what could I do better?');
