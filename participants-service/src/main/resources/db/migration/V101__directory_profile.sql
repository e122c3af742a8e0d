-- The directory carries the full profile and its per-field visibility, so list, search and matching honour it.
alter table people_directory
    add column bio                text,
    add column initiative_name    text,
    add column initiative_summary text,
    add column region             text,
    add column languages          text[] not null default '{}',
    add column availability       jsonb,
    add column intro_video        jsonb,
    add column wants_to_learn     text[] not null default '{}',
    add column can_contribute     text[] not null default '{}',
    add column visibility         jsonb  not null default '{}';
create index people_directory_subject_idx on people_directory (subject);
