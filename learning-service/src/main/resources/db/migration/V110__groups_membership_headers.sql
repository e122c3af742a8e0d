-- Read model "coaching-groups", fed from hlc.participants.events: coaching groups of each cohort, who is in which,
-- and which award edition each semi-finalist was invited from. Together they define programme membership.
create table coaching_group (
    group_id        uuid primary key,
    cohort          text not null,
    name            text not null,
    coach_person_id uuid
);
create index coaching_group_cohort on coaching_group (cohort);
create index coaching_group_coach on coaching_group (coach_person_id);
create table group_member (
    cohort    text   not null,
    person_id uuid   not null,
    group_id  uuid   not null,
    version   bigint not null,
    primary key (cohort, person_id)
);
create index group_member_group on group_member (group_id);
create table edition_invitation (
    person_id  uuid not null,
    edition_id uuid not null,
    primary key (person_id, edition_id)
);
-- ids only: events of an erased person that arrive late on other streams are not projected again
create table erased_person (
    person_id uuid primary key
);

-- Read model "learning-headers", fed from hlc.learning.events: programme and assignment headers for lists and
-- progress views.
create table programme_ref (
    programme_id uuid primary key,
    edition_id   uuid not null,
    cohort       text,
    title        text not null
);
create index programme_ref_cohort on programme_ref (cohort);
create table assignment_ref (
    assignment_id uuid        primary key,
    programme_id  uuid        not null,
    module_id     uuid        not null,
    title         text        not null,
    due_at        timestamptz not null,
    version       bigint      not null
);
create index assignment_ref_programme on assignment_ref (programme_id, due_at);

-- Progress: released material a participant has opened (one row per person and material).
create table progress_material (
    material_id  uuid not null,
    person_id    uuid not null,
    programme_id uuid not null,
    module_id    uuid not null,
    primary key (material_id, person_id)
);
create index progress_material_person on progress_material (person_id);
