-- Crypto-shredding: personal fields of events are encrypted with a key per data subject. Erasure destroys the key,
-- after which the event log (and everything replayed from it) yields those fields as null; the events themselves,
-- and the counts that depend on them, stay.
create table hlc_subject_keys (
    data_subject text primary key,
    secret       bytea,
    created_at   timestamptz not null default now(),
    erased_at    timestamptz,
    constraint hlc_subject_keys_erased_has_no_secret check (erased_at is null or secret is null)
);

alter table hlc_events add column data_subject text;
create index hlc_events_data_subject_idx on hlc_events (data_subject) where data_subject is not null;
