update young_person set fact_key = gen_random_uuid()::text where fact_key is null;
alter table young_person alter column fact_key set not null;
create unique index uq_young_person_fact_key on young_person (fact_key);
