-- Read model: the entries catalogue, fed from hlc.award.events by EntryCatalogueProjection.
create table award_entry (
    entry_id          uuid primary key,
    edition_id        uuid        not null,
    applicant_subject text        not null,
    title             text        not null,
    summary           text        not null,
    country           text        not null,
    category          text        not null,
    team_members      jsonb       not null,
    links             text[]      not null,
    status            text        not null,
    submitted_at      timestamptz not null,
    version           bigint      not null
);
create index award_entry_page_idx on award_entry (edition_id, status, submitted_at, entry_id);
