-- Signing out, or changing the password, ends every session and "stay signed in" cookie of that person on
-- every server: each session and cookie carries the epoch it was made in, and this number moves on.
alter table account add column session_epoch integer default 0 not null;
