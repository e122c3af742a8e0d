-- Coaching groups (GroupCreated on hlc.participants.events): who coaches which group, for the audience rule of group
-- webinars and for carrying questions over to the group's coach.
create table audience_group (
    group_id        uuid primary key,
    cohort          text   not null,
    coach_person_id uuid   not null,
    version         bigint not null
);

-- Questions carried over from an earlier webinar (to the next webinar on the topic, or to a group's coach).
alter table question_view add column carried_over_from uuid;
alter table question_view add column carried_to_coach uuid;
alter table question_view add column carried_at timestamptz;
create index question_view_coach_idx on question_view (carried_to_coach) where carried_to_coach is not null;

-- When a webinar's calendar-relevant facts last changed (iCalendar DTSTAMP / LAST-MODIFIED).
alter table webinar_listing add column changed_at timestamptz;

-- Personal calendar feeds: who holds a seat in which webinar (from this service's own topic) ...
create table calendar_registration (
    webinar_id uuid    not null,
    person_id  uuid    not null,
    registered boolean not null,
    version    bigint  not null,
    primary key (person_id, webinar_id)
);
-- ... and assignment deadlines (AssignmentPublished / AssignmentDueDateChanged on hlc.learning.events).
create table calendar_assignment (
    assignment_id uuid primary key,
    programme_id  uuid        not null,
    title         text        not null,
    due_at        timestamptz not null,
    sequence      int         not null default 0,
    changed_at    timestamptz not null,
    version       bigint      not null
);
create index calendar_assignment_due_idx on calendar_assignment (due_at);
