-- Optional per-weekday local windows from ProfileUpdated/PersonRegistered payloads; null = 08:00-20:00 every day.
alter table audience_member add column availability jsonb;
create index audience_member_roles_idx on audience_member using gin (roles);
