-- The home page lists the conflicts not yet resolved (few at any time) from however long a register.
create index conflict_unresolved_idx on conflict (raised_at, id) where resolution is null;
