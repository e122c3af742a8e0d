-- Read model of the award onboarding: which award entry became which person.
create table onboarded_entries (
    entry_id   uuid primary key,
    person_id  uuid not null,
    edition_id uuid,
    title      text
);
create index onboarded_entries_person_idx on onboarded_entries (person_id);
