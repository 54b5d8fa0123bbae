-- Roundtable foundation schema: schools, people, accounts, themes, observations, audit.
-- Runs unchanged on H2 (MODE=MySQL, the embedded default) and MySQL 8 / MariaDB 10.11.
-- ${table_options} is utf8mb4/InnoDB on MySQL and empty on H2 (see platform.Migrations).

create table school (
    id          bigint       not null auto_increment,
    name        varchar(120) not null,
    level       varchar(20)  not null,
    version     bigint       not null default 0,
    created_at  timestamp    not null default current_timestamp,
    primary key (id),
    constraint uk_school_name unique (name)
) ${table_options};

create table staff_member (
    id          bigint       not null auto_increment,
    school_id   bigint       not null,
    full_name   varchar(120) not null,
    role_group  varchar(30)  not null,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    created_at  timestamp    not null default current_timestamp,
    primary key (id),
    constraint fk_staff_school foreign key (school_id) references school (id)
) ${table_options};
-- The directory lists a school's staff by role group, then by name.
create index ix_staff_school_role on staff_member (school_id, role_group, full_name);
-- Name search across the district.
create index ix_staff_name on staff_member (full_name);

create table user_account (
    id            bigint       not null auto_increment,
    username      varchar(60)  not null,
    display_name  varchar(120) not null,
    email         varchar(160) not null,
    password_hash varchar(255) not null,
    school_id     bigint,
    active        boolean      not null default true,
    version       bigint       not null default 0,
    created_at    timestamp    not null default current_timestamp,
    primary key (id),
    constraint uk_user_username unique (username),
    constraint fk_user_school foreign key (school_id) references school (id)
) ${table_options};

create table user_role (
    user_id  bigint      not null,
    role     varchar(40) not null,
    primary key (user_id, role),
    constraint fk_role_user foreign key (user_id) references user_account (id)
) ${table_options};

create table theme (
    id       bigint      not null auto_increment,
    name     varchar(60) not null,
    retired  boolean     not null default false,
    version  bigint      not null default 0,
    primary key (id),
    constraint uk_theme_name unique (name)
) ${table_options};

create table observation (
    id           bigint        not null auto_increment,
    school_id    bigint        not null,
    observed_on  date          not null,
    role_group   varchar(30)   not null,
    tone         varchar(20)   not null,
    body         varchar(4000) not null,
    author_id    bigint        not null,
    source_type  varchar(30),
    source_id    bigint,
    created_at   timestamp     not null default current_timestamp,
    updated_at   timestamp     not null default current_timestamp,
    version      bigint        not null default 0,
    primary key (id),
    constraint fk_obs_school foreign key (school_id) references school (id),
    constraint fk_obs_author foreign key (author_id) references user_account (id)
) ${table_options};
-- The observation list: newest first, per school or district-wide, optionally by tone.
create index ix_obs_school_date on observation (school_id, observed_on);
create index ix_obs_date on observation (observed_on);
create index ix_obs_tone_date on observation (tone, observed_on);
create index ix_obs_source on observation (source_type, source_id);

create table observation_theme (
    observation_id bigint not null,
    theme_id       bigint not null,
    primary key (observation_id, theme_id),
    constraint fk_obstheme_obs foreign key (observation_id) references observation (id),
    constraint fk_obstheme_theme foreign key (theme_id) references theme (id)
) ${table_options};
-- Filtering observations by theme.
create index ix_obstheme_theme on observation_theme (theme_id, observation_id);

create table audit_event (
    id           bigint       not null auto_increment,
    occurred_at  timestamp    not null default current_timestamp,
    actor        varchar(60)  not null,
    action       varchar(40)  not null,
    target_type  varchar(40),
    target_id    varchar(60),
    detail       varchar(500),
    primary key (id)
) ${table_options};
create index ix_audit_time on audit_event (occurred_at);
create index ix_audit_action_time on audit_event (action, occurred_at);

-- The district's starting theme list (PRODUCT.md); admins add, rename and retire themes.
insert into theme (name) values
    ('Staffing'), ('Student behavior'), ('Instruction'), ('Wellbeing & morale'), ('Facilities'),
    ('Safety'), ('Family engagement'), ('Technology'), ('Nutrition'), ('Special education');
