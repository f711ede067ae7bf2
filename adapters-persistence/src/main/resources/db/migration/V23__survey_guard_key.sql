-- The fingerprint of the survey guard key (GuardKey.fingerprint(): an HMAC of a fixed text, which does
-- not reveal the key). The first start records it; a start with another key finds a different one and
-- stops: guards made under one key are not recognised under another, so every answered invitation would
-- take a second response. One row at most. The application's role may only read and add it
-- (ApplicationRolePrivileges.APPEND_ONLY); replacing the key on purpose is the owner's act.
create table survey_guard_key (
    singleton   boolean  primary key default true check (singleton),
    fingerprint char(64) not null check (fingerprint ~ '^[0-9a-f]{64}$')
);
