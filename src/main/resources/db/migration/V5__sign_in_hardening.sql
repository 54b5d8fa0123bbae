-- Sign-in hardening (issue 9): sessions that end when a password changes or an account is deactivated, one-time
-- password links instead of passwords chosen by an admin, and a login throttle every instance shares.

-- Bumped when the password changes or the account is deactivated; a session signed in under an older value ends.
alter table user_account add column session_epoch int not null default 0;

-- One-time links to set a password (a new account, or a reset an admin sends). Only a SHA-256 of the token is
-- kept; a link works once, before it expires.
create table password_link (
    token_hash  char(64)    not null,
    user_id     bigint      not null,
    purpose     varchar(10) not null,
    created_by  varchar(60) not null,
    created_at  timestamp   not null default current_timestamp,
    expires_at  timestamp   not null,
    used_at     timestamp   null,
    primary key (token_hash),
    constraint fk_password_link_user foreign key (user_id) references user_account (id)
) ${table_options};
-- A new link replaces the user's earlier unused ones.
create index ix_password_link_user on password_link (user_id, used_at);

-- Failed sign-ins per account name and per client address, with the lock they earned: in the database, so every
-- instance of a cluster throttles the same way and a restart forgives nothing.
create table login_failure (
    throttle_key   varchar(200) not null,
    failures       int          not null,
    locked_until   timestamp    null,
    last_failed_at timestamp    not null,
    primary key (throttle_key)
) ${table_options};
-- Forgetting old entries (a sweep deletes those idle for a day).
create index ix_login_failure_last on login_failure (last_failed_at);
