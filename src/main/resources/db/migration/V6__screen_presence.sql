-- Who has a space open, one row per screen (browser tab), written by the app server that serves that screen.
-- Shared through the database so that partners on different app servers see each other. Each server
-- refreshes seen_at of its own rows; rows of a server that stopped without saying goodbye expire.

create table screen_presence (
    screen_key      varchar(64) primary key,
    space_id        uuid not null references space (id),
    account_id      uuid not null references account (id),
    editing_item_id uuid,
    server_id       varchar(64) not null,
    seen_at         timestamp with time zone not null
);

create index screen_presence_space_idx on screen_presence (space_id);
create index screen_presence_server_idx on screen_presence (server_id);
