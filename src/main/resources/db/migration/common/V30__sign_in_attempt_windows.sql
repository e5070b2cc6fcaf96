-- Counts of sign-in failures, refused attempts and refused API calls per fixed time window,
-- shared by every node of the application (issue 7, items 3 and 5). One row per kind,
-- subject and window, so a flood of attempts updates a count instead of adding rows.
create table attempt_window (
    kind varchar(20) not null,
    subject varchar(400) not null,
    window_start timestamp with time zone not null,
    attempts bigint not null,
    summarised boolean default false not null,
    primary key (kind, subject, window_start)
);
create index ix_attempt_window_start on attempt_window (window_start, kind);

