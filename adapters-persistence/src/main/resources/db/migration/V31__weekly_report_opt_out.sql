-- The weekly report reaches the operations managers and directors without their asking; each user's choice
-- is kept: to receive it (anyone who reads the targets subscribes) or not (a manager or director who
-- unsubscribed stays unsubscribed). The rows so far are subscriptions; subscribed_at is when the choice was made.
alter table target_report_subscriber
    add column receives boolean not null default true; -- false: unsubscribed, also from what the roles give
