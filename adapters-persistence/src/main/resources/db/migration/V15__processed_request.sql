-- Every creating request carries a key drawn when its dialog opened. A request whose key is here was
-- carried out already: a double click or a retry answers what it created instead of creating again.
-- The key is claimed in the use case's transaction, so the primary key also makes a concurrent
-- duplicate wait for the first and then find its answer.
create table processed_request (
    request_key  uuid primary key,
    operation    text not null,
    answer       text,
    processed_at timestamptz not null default now()
);
