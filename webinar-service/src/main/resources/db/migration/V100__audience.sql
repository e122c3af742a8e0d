-- Read model: people who can host or attend webinars, with the zone their local times are shown in.
-- Fed from hlc.participants.events by AudienceProjection.
create table audience_member (
    person_id    uuid primary key,
    subject      text,
    display_name text    not null,
    time_zone    text    not null,
    roles        text[]  not null,
    version      bigint  not null
);
create index audience_member_subject_idx on audience_member (subject);
