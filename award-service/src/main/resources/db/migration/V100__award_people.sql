-- Read model: people as the award sees them (country and organisation drive jury conflict-of-interest flags),
-- fed from hlc.participants.events.
create table award_person (
    person_id    uuid primary key,
    subject      text,
    display_name text   not null,
    country      text   not null,
    organisation text,
    roles        text[] not null,
    version      bigint not null
);
create index award_person_jury_idx on award_person using gin (roles);
