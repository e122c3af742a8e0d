create table hlc_idempotency_keys (
    scope        text        not null,
    key          text        not null,
    request_hash text        not null,
    status       integer     not null default 0,
    body         text,
    headers      jsonb,
    created_at   timestamptz not null default now(),
    primary key (scope, key)
);
create index hlc_idempotency_keys_created_idx on hlc_idempotency_keys (created_at);
