-- Issue 11: critical conversations with a staff member, prepared, recorded, acknowledged and followed through.
-- Confidential records (V7's mechanism): signed off, nothing in them changes (dated addenda follow); deleting hides
-- them but keeps them. Long texts are `text` columns (InnoDB's row limit); a removal date per closed record, a legal
-- hold that stops it, and the day the retention timer redacted the content.
create table critical_conversation (
    id                   bigint        not null auto_increment,
    staff_member_id      bigint        not null,
    school_id            bigint        not null,
    author_id            bigint        not null,
    held_on              date          not null,
    category             varchar(20)   not null,
    status               varchar(20)   not null,
    nature               varchar(20),
    want_for_me          varchar(1000),
    want_for_them        varchar(1000),
    want_for_us          varchar(1000),
    opening              varchar(2000),
    expectation          varchar(300),
    expectation_key      varchar(300),
    said                 text,
    their_view           text,
    expectation_restated varchar(1000),
    support              varchar(2000),
    follow_up_on         date,
    ack_kind             varchar(20),
    ack_on               date,
    ack_witness          varchar(120),
    response_text        text,
    observation_id       bigint,
    closed_on            date,
    remove_on            date,
    hold_reason          varchar(500),
    hold_by              bigint,
    hold_at              timestamp     null,
    redacted_on          date,
    reminded_for         date,
    signed_off_at        timestamp     null,
    signed_off_by        bigint,
    deleted_at           timestamp     null,
    deleted_by           bigint,
    updated_at           timestamp     not null default current_timestamp,
    version              bigint        not null default 0,
    primary key (id),
    constraint fk_critical_staff foreign key (staff_member_id) references staff_member (id),
    constraint fk_critical_school foreign key (school_id) references school (id),
    constraint fk_critical_author foreign key (author_id) references user_account (id),
    constraint fk_critical_observation foreign key (observation_id) references observation (id)
) ${table_options};
-- a staff member's history; a school's (for its principal); an author's follow-ups; the retention sweep
create index ix_critical_staff on critical_conversation (staff_member_id, held_on);
create index ix_critical_school on critical_conversation (school_id, held_on);
create index ix_critical_author on critical_conversation (author_id, status, follow_up_on);
create index ix_critical_removal on critical_conversation (remove_on);

-- the facts prepared: what I saw (dated evidence) kept apart from the story I am telling myself
create table critical_fact (
    conversation_id bigint        not null,
    position        int           not null,
    seen_on         date,
    what_i_saw      varchar(2000) not null,
    story           varchar(2000),
    primary key (conversation_id, position),
    constraint fk_critical_fact foreign key (conversation_id) references critical_conversation (id)
) ${table_options};

-- next steps agreed, each with its owner and due day
create table critical_step (
    conversation_id bigint        not null,
    position        int           not null,
    step_text       varchar(500)  not null,
    owner           varchar(20)   not null,
    due_on          date          not null,
    primary key (conversation_id, position),
    constraint fk_critical_step foreign key (conversation_id) references critical_conversation (id)
) ${table_options};

-- earlier conversations this one follows on from (a pattern)
create table critical_link (
    conversation_id bigint not null,
    earlier_id      bigint not null,
    primary key (conversation_id, earlier_id),
    constraint fk_critical_link foreign key (conversation_id) references critical_conversation (id),
    constraint fk_critical_link_earlier foreign key (earlier_id) references critical_conversation (id)
) ${table_options};

-- the staff member's written response as a PDF (at most 5 MB), apart from the record so lists never load it
create table critical_response_file (
    conversation_id bigint       not null,
    file_name       varchar(200) not null,
    size_bytes      int          not null,
    content         mediumblob   not null,
    uploaded_at     timestamp    not null default current_timestamp,
    primary key (conversation_id),
    constraint fk_critical_response foreign key (conversation_id) references critical_conversation (id)
) ${table_options};
