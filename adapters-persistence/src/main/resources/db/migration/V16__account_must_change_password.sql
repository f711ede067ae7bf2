-- issue 11: the first administrator's generated password must be replaced before anything else
alter table user_account add column must_change_password boolean not null default false;
