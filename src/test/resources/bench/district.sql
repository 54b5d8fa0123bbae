-- A large district for the benchmark and the query-plan ITs, written into a database the app's own migrations
-- created: @schools schools, 6 district leaders and a principal per school, and @observations observations over
-- the last three years (each with one or two themes), in a few set-based statements (MariaDB's sequence engine).
-- Variables: @schools, @observations.
set @last_school = (select coalesce(max(id), 0) from school);
insert into school (name, level)
    select concat(elt(1 + seq % 6, 'Maple', 'Cedar', 'Lincoln', 'Riverside', 'Hillcrest', 'Oak'), ' ',
                  elt(1 + seq % 3, 'Elementary', 'Middle', 'High'), ' ', lpad(seq, 3, '0')),
           elt(1 + seq % 3, 'ELEMENTARY', 'MIDDLE', 'HIGH')
    from seq_1_to_1000 where seq <= @schools;
set @first_school = (select min(id) from school where id > @last_school);
insert into user_account (username, display_name, email, password_hash, school_id)
    select concat('bench.leader', seq), concat('Leader ', seq), concat('bench.leader', seq, '@example.org'), '!', null
    from seq_1_to_6;
set @first_leader = (select min(id) from user_account where username like 'bench.leader%');
insert into user_role (user_id, role)
    select id, if(username = 'bench.leader1', 'SUPERINTENDENT', 'ASSISTANT_SUPERINTENDENT')
    from user_account where username like 'bench.leader%';
insert into user_account (username, display_name, email, password_hash, school_id)
    select concat('bench.principal', s.id), concat('Principal of ', s.name), concat('bench.principal', s.id, '@example.org'), '!', s.id
    from school s where s.id >= @first_school;
insert into user_role (user_id, role) select id, 'PRINCIPAL' from user_account where username like 'bench.principal%';
-- the themes numbered from 0 (their ids need not be consecutive)
create temporary table bench_theme (n int not null primary key, id bigint not null)
    select row_number() over (order by id) - 1 as n, id from theme where retired = false;
set @themes = (select count(*) from bench_theme);
insert into observation (school_id, observed_on, role_group, tone, body, author_id, leaders_only, created_at, updated_at, version)
    select @first_school + crc32(concat('school', seq)) % @schools,
           date_sub(curdate(), interval crc32(concat('day', seq)) % 1095 day),
           elt(1 + crc32(concat('group', seq)) % 11, 'PRINCIPAL', 'ASSISTANT_PRINCIPAL', 'TEACHER_LEADER', 'TEACHER',
               'NEW_TEACHER', 'FOOD_SERVICE', 'CUSTODIAL', 'OFFICE', 'COUNSELOR', 'STUDENTS', 'OTHER'),
           elt(1 + crc32(concat('tone', seq)) % 3, 'CELEBRATION', 'CONCERN', 'IDEA'),
           concat('Observation ', seq, ': ', repeat('what was heard in the hallway, ', 1 + seq % 12)),
           @first_leader + crc32(concat('author', seq)) % 6,
           crc32(concat('hidden', seq)) % 97 = 0,
           now(), now(), 0
    from seq_1_to_10000000 where seq <= @observations;
set @first_observation = (select min(id) from observation where author_id >= @first_leader);
-- one theme each, a second one for half of them (never the same one twice)
insert into observation_theme (observation_id, theme_id, school_id, observed_on, leaders_only, tone, role_group,
                               week_start, source_type)
    select o.id, t.id, o.school_id, o.observed_on, o.leaders_only, o.tone, o.role_group,
           o.observed_on - interval weekday(o.observed_on) day, o.source_type
    from observation o join bench_theme t on t.n = crc32(concat('theme', o.id)) % @themes
    where o.id >= @first_observation;
insert into observation_theme (observation_id, theme_id, school_id, observed_on, leaders_only, tone, role_group,
                               week_start, source_type)
    select o.id, t.id, o.school_id, o.observed_on, o.leaders_only, o.tone, o.role_group,
           o.observed_on - interval weekday(o.observed_on) day, o.source_type
    from observation o join bench_theme t
      on t.n = (crc32(concat('theme', o.id)) % @themes + 1 + crc32(concat('second', o.id)) % (@themes - 1)) % @themes
    where o.id >= @first_observation and crc32(concat('two', o.id)) % 2 = 0;
drop temporary table bench_theme;
-- Everything else a district of that size has, so every page is measured on it: 60 staff per school; a visit to
-- every school every other week for three years and the next four weeks (one in 17 cancelled), four conversations
-- in each completed one (two staff members, a role group, students) with answers, a recognition from every second
-- visit and a follow-up from every third; a biweekly check-in series per principal with its check-ins (held, one
-- in 15 skipped, one in 20 missed; scheduled for the next eight weeks), four talking points and an action item each.
insert into staff_member (school_id, full_name, role_group)
    select s.id,
           concat(elt(1 + (k.seq * 7 + s.id) % 12, 'Ana', 'Ben', 'Chloe', 'Dev', 'Elena', 'Femi', 'Grace', 'Hiro',
                      'Iris', 'Jamal', 'Kai', 'Lena'), ' ',
                  elt(1 + (k.seq * 13 + s.id) % 12, 'Garcia', 'Nguyen', 'Okafor', 'Smith', 'Patel', 'Kowalski',
                      'Haddad', 'Moreau', 'Tanaka', 'Ivanova', 'Mensah', 'Larsen'), ' ', k.seq),
           elt(1 + k.seq % 10, 'TEACHER', 'TEACHER', 'TEACHER', 'NEW_TEACHER', 'TEACHER_LEADER', 'ASSISTANT_PRINCIPAL',
               'FOOD_SERVICE', 'CUSTODIAL', 'OFFICE', 'COUNSELOR')
    from school s join seq_0_to_59 k where s.id >= @first_school;
create temporary table bench_staff (school_id bigint not null, n int not null, id bigint not null, role_group varchar(30),
        primary key (school_id, n))
    select school_id, row_number() over (partition by school_id order by id) - 1 as n, id, role_group
    from staff_member where school_id >= @first_school;
insert into visit (school_id, starts_at, duration_minutes, focus, status, walk_in, cancel_reason, planned_by, completed_at, created_at)
    select d.school_id, timestamp(d.day, '09:30:00'), 60, 'Rounding: what is working, what is in the way',
           case when d.k % 17 = 0 then 'CANCELLED' when d.day < curdate() then 'COMPLETED' else 'PLANNED' end,
           d.k % 11 = 0, if(d.k % 17 = 0, 'The school had a fire drill that morning', null),
           @first_leader + (d.school_id + d.k) % 6,
           if(d.k % 17 <> 0 and d.day < curdate(), timestamp(d.day, '10:30:00'), null),
           timestamp(date_sub(d.day, interval 10 day), '08:00:00')
    from (select s.id as school_id, k.seq as k, date_sub(curdate(), interval (14 * cast(k.seq as signed) - 28 + s.id % 14) day) as day
          from school s join seq_0_to_80 k where s.id >= @first_school) d;
insert into visit_leader (visit_id, user_id) select id, planned_by from visit where school_id >= @first_school;
insert into conversation (visit_id, kind, staff_member_id, role_group, grade_band, on_their_mind, leaders_only, author_id, created_at)
    select v.id, elt(c.seq, 'STAFF_MEMBER', 'STAFF_MEMBER', 'ROLE_GROUP', 'STUDENTS'),
           if(c.seq <= 2, st.id, null),
           elt(c.seq, st.role_group, st.role_group, elt(1 + v.id % 3, 'FOOD_SERVICE', 'CUSTODIAL', 'OFFICE'), 'STUDENTS'),
           if(c.seq = 4, case sc.level when 'ELEMENTARY' then if(v.id % 2 = 0, 'PRE_K_2', 'GRADES_3_5')
                                        when 'MIDDLE' then 'GRADES_6_8' else 'GRADES_9_12' end, null),
           concat('On their mind: ', elt(1 + (v.id + c.seq) % 5, 'the new schedule', 'supplies for the science lab',
                  'lunch lines', 'the hallway between classes', 'the spring concert')),
           (v.id + c.seq) % 41 = 0, v.planned_by, v.starts_at + interval (c.seq * 10) minute
    from visit v join school sc on sc.id = v.school_id join seq_1_to_4 c
      join bench_staff st on st.school_id = v.school_id and st.n = (v.id * 7 + c.seq * 13) % 60
    where v.school_id >= @first_school and v.status = 'COMPLETED';
insert into conversation_answer (conversation_id, position, question_id, question, answer)
    select c.id, q.position, q.id, q.body, concat('Answer ', c.id, ' to question ', q.position)
    from conversation c join visit v on v.id = c.visit_id join rounding_question q on q.position <= 1 + c.id % 3
    where v.school_id >= @first_school;
insert into recognition (school_id, visit_id, conversation_id, staff_member_id, reason, recognized_on, recognized_by,
        leaders_only, acknowledged_at, acknowledged_by)
    select v.school_id, v.id, c.id, c.staff_member_id, 'Stayed late every day this week to help new teachers settle in',
           date(v.starts_at), v.planned_by, c.leaders_only,
           if(v.starts_at < now() - interval 10 day or v.id % 5 <> 0, v.starts_at + interval 2 day, null),
           if(v.starts_at < now() - interval 10 day or v.id % 5 <> 0, v.planned_by, null)
    from visit v join conversation c on c.visit_id = v.id and c.kind = 'STAFF_MEMBER'
      and c.id = (select min(c2.id) from conversation c2 where c2.visit_id = v.id)
    where v.school_id >= @first_school and v.status = 'COMPLETED' and v.id % 2 = 0;
insert into follow_up (school_id, visit_id, conversation_id, concern, owner_id, raised_on, due_on, status, resolution,
        resolved_on, leaders_only, created_by)
    select v.school_id, v.id, c.id, 'The copier on the second floor has been broken for two weeks', v.planned_by,
           date(v.starts_at), date(v.starts_at) + interval 21 day,
           case when v.starts_at < now() - interval 60 day and v.id % 9 <> 0 then 'RESOLVED'
                when v.id % 2 = 0 then 'IN_PROGRESS' else 'OPEN' end,
           if(v.starts_at < now() - interval 60 day and v.id % 9 <> 0, 'A new copier was installed', null),
           if(v.starts_at < now() - interval 60 day and v.id % 9 <> 0, date(v.starts_at) + interval 14 day, null),
           c.leaders_only, v.planned_by
    from visit v join conversation c on c.visit_id = v.id and c.kind = 'ROLE_GROUP'
    where v.school_id >= @first_school and v.status = 'COMPLETED' and v.id % 3 = 0;
set @monday = date_sub(date_sub(curdate(), interval 1092 day), interval weekday(date_sub(curdate(), interval 1092 day)) day);
insert into check_in_series (school_id, principal_id, leader_id, day_of_week, time_of_day, duration_minutes, first_on,
        status, generated_through)
    select u.school_id, u.id, @first_leader + u.school_id % 6, upper(dayname(@monday + interval (u.school_id % 5) day)),
           '14:00:00', 45, @monday + interval (u.school_id % 5) day, 'ACTIVE', curdate() + interval 56 day
    from user_account u where u.username like 'bench.principal%' and u.school_id >= @first_school;
insert into check_in (series_id, slot_on, starts_at, duration_minutes, status, leader_id, shared_notes, held_at)
    select d.series_id, d.day, timestamp(d.day, '14:00:00'), 45,
           case when d.day >= curdate() then 'SCHEDULED' when d.k % 15 = 0 then 'SKIPPED' when d.k % 20 = 0 then 'SCHEDULED'
                else 'HELD' end,
           d.leader_id, if(d.day < curdate(), 'We went through the agenda and agreed the next steps.', null),
           if(d.day < curdate() and d.k % 15 <> 0 and d.k % 20 <> 0, timestamp(d.day, '14:45:00'), null)
    from (select s.id as series_id, s.leader_id, k.seq as k, s.first_on + interval (14 * k.seq) day as day
          from check_in_series s join seq_0_to_82 k
          where s.school_id >= @first_school and s.first_on + interval (14 * k.seq) day <= s.generated_through) d;
insert into talking_point (check_in_id, author_id, body, position, discussed, raised_on, carry_count)
    select c.id, if(p.seq % 2 = 0, s.leader_id, s.principal_id),
           concat(elt(p.seq, 'Staffing for next term', 'Attendance this month', 'The new reading program', 'Family night'),
                  ' (', c.slot_on, ')'),
           p.seq, c.status = 'HELD' and (c.id + p.seq) % 7 <> 0, c.slot_on - interval 3 day, 0
    from check_in c join check_in_series s on s.id = c.series_id join seq_1_to_4 p
    where s.school_id >= @first_school;
insert into action_item (series_id, check_in_id, owner_id, body, due_on, status, done_on)
    select c.series_id, c.id, if(c.id % 2 = 0, s.principal_id, s.leader_id), 'Send the updated schedule to the staff',
           c.slot_on + interval 14 day, if(c.slot_on < curdate() - interval 30 day, 'DONE', 'OPEN'),
           if(c.slot_on < curdate() - interval 30 day, c.slot_on + interval 10 day, null)
    from check_in c join check_in_series s on s.id = c.series_id
    where s.school_id >= @first_school and c.status = 'HELD';
drop temporary table bench_staff;
