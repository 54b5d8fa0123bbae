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
set @themes = (select count(*) from theme);
set @first_theme = (select min(id) from theme);
insert into observation (school_id, observed_on, role_group, tone, body, author_id, leaders_only, created_at, updated_at, version)
    select @first_school + seq % @schools,
           date_sub(curdate(), interval (seq * 7919) % 1095 day),
           elt(1 + seq % 11, 'PRINCIPAL', 'ASSISTANT_PRINCIPAL', 'TEACHER_LEADER', 'TEACHER', 'NEW_TEACHER', 'FOOD_SERVICE',
               'CUSTODIAL', 'OFFICE', 'COUNSELOR', 'STUDENTS', 'OTHER'),
           elt(1 + (seq * 31) % 3, 'CELEBRATION', 'CONCERN', 'IDEA'),
           concat('Observation ', seq, ': ', repeat('what was heard in the hallway, ', 1 + seq % 12)),
           @first_leader + seq % 6,
           (seq % 97) = 0,
           now(), now(), 0
    from seq_1_to_10000000 where seq <= @observations;
set @first_observation = (select min(id) from observation where author_id >= @first_leader);
insert into observation_theme (observation_id, theme_id)
    select id, @first_theme + (id * 13) % @themes from observation where id >= @first_observation;
insert into observation_theme (observation_id, theme_id)
    select id, @first_theme + (id * 13 + 1 + id % 3) % @themes from observation where id >= @first_observation and id % 2 = 0;
