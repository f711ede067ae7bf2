-- issue 12: whether the account's holder also receives their notifications by e-mail (the inbox always has them).
-- On for every existing account: each belongs to a person, and a person always has an e-mail address (person.email).
alter table user_account add column mail_notifications boolean not null default true;
