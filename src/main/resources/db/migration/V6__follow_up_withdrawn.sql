-- A follow-up raised in error is withdrawn by the leader who raised it (issue 9): it leaves every list and
-- "you said, we did", and the record says who withdrew it and when.
alter table follow_up add column withdrawn_by bigint;
alter table follow_up add column withdrawn_at timestamp null;
alter table follow_up add constraint fk_follow_up_withdrawn_by foreign key (withdrawn_by) references user_account (id);
