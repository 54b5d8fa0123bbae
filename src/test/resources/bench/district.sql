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
insert into observation_theme (observation_id, theme_id, school_id, observed_on, leaders_only)
    select o.id, t.id, o.school_id, o.observed_on, o.leaders_only
    from observation o join bench_theme t on t.n = crc32(concat('theme', o.id)) % @themes
    where o.id >= @first_observation;
insert into observation_theme (observation_id, theme_id, school_id, observed_on, leaders_only)
    select o.id, t.id, o.school_id, o.observed_on, o.leaders_only
    from observation o join bench_theme t
      on t.n = (crc32(concat('theme', o.id)) % @themes + 1 + crc32(concat('second', o.id)) % (@themes - 1)) % @themes
    where o.id >= @first_observation and crc32(concat('two', o.id)) % 2 = 0;
drop temporary table bench_theme;
