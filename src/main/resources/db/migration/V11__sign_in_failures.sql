-- Failed sign-ins, counted where every app server sees them: per email and address together, per address,
-- and per email from anywhere. Rows older than the counting window are removed.
create table sign_in_failure (
    bucket          varchar(400) primary key,
    failures        integer not null,
    last_failure_at timestamp with time zone not null
);

create index sign_in_failure_time_idx on sign_in_failure (last_failure_at);
