-- Issue 10: the weekly digest of new and worsened signals goes to each district leader once a week. The claim is
-- written with the message, so of two instances (or two sweeps) the database lets one send it; a failed send
-- leaves no claim and is tried at the next sweep.
create table trend_digest_sent (
    week_start  date      not null,
    user_id     bigint    not null,
    sent_at     timestamp not null default current_timestamp,
    primary key (week_start, user_id),
    constraint fk_digest_user foreign key (user_id) references user_account (id)
) ${table_options};
