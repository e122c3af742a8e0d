-- Read model: the people directory, fed from hlc.participants.events by DirectoryProjection.
create table people_directory (
    person_id     uuid primary key,
    subject       text,
    display_name  text        not null,
    email         text,
    organisation  text,
    country       text        not null,
    time_zone     text        not null,
    roles         text[]      not null,
    registered_at timestamptz not null,
    version       bigint      not null
);
create index people_directory_page_idx on people_directory (registered_at, person_id);
