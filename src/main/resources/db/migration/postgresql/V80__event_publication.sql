-- Spring Modulith's JDBC event publication registry (schema v2 of spring-modulith-events-jdbc 2.0),
-- owned by Flyway rather than initialised by Modulith. Events between modules are stored here in the
-- transaction that publishes them and removed once every listener has handled them, so a fact is
-- never lost when a listener fails or the process stops; incomplete ones are republished on start-up.
create table event_publication (
    id uuid not null primary key,
    listener_id text not null,
    event_type text not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status text,
    completion_attempts int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
