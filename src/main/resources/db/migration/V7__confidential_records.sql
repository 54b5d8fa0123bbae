-- One mechanism for confidential records (issue 9): sign-off (then locked, with dated addenda), soft delete, and
-- audited reads. Private notes on check-ins carry it now; critical conversations will too.
alter table private_note add column signed_off_at timestamp null;
alter table private_note add column signed_off_by bigint;
alter table private_note add column deleted_at timestamp null;
alter table private_note add column deleted_by bigint;

create table addendum (
    id           bigint        not null auto_increment,
    record_type  varchar(40)   not null,
    record_id    bigint        not null,
    author_id    bigint        not null,
    author_name  varchar(120)  not null,
    body         varchar(8000) not null,
    created_at   timestamp     not null default current_timestamp,
    primary key (id),
    constraint fk_addendum_author foreign key (author_id) references user_account (id)
) ${table_options};
-- A record's addenda, in order.
create index ix_addendum_record on addendum (record_type, record_id, created_at);
