-- Secrets that every app server must share, made once by the first server that needs them
-- (the key that signs "stay signed in" cookies, so any server accepts the cookie another one set).

create table server_secret (
    name   varchar(40) primary key,
    secret varchar(100) not null
);
