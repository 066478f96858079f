-- The four pre-configured session types of product.md. A migration runs exactly once per database,
-- so they exist after the first start and administrators may edit them afterwards.
insert into session_type (name, code, description, frequency, duration_hours, required_attendance,
                          topic_tracking, excused_policy, active, version, created_at, updated_at)
values ('Training Session', 'TRAINING', 'Skills development training', 'MONTHLY', 3, 80, true, 'LEFT_OUT', true, 0, now(), now()),
       ('Group Meeting', 'MEETING', 'Peer support group', 'BI_WEEKLY', 2, 75, false, 'LEFT_OUT', true, 0, now(), now()),
       ('Family Development Session', 'FDS', 'Family welfare education', 'MONTHLY', 2, 85, true, 'LEFT_OUT', true, 0, now(), now()),
       ('Workshop', 'WORKSHOP', 'Specialized topic workshop', 'ONE_TIME', 4, 90, false, 'LEFT_OUT', true, 0, now(), now());

insert into topic (session_type_id, name, position, active)
select t.id, topic.name, topic.position, true
from session_type t
join (values ('TRAINING', 'Business Skills', 0),
             ('TRAINING', 'Agriculture', 1),
             ('TRAINING', 'Digital Literacy', 2),
             ('FDS', 'Nutrition', 0),
             ('FDS', 'Education', 1),
             ('FDS', 'Financial Literacy', 2),
             ('FDS', 'Health', 3),
             ('FDS', 'Child Protection', 4)) as topic (type_code, name, position)
  on t.code = topic.type_code;
