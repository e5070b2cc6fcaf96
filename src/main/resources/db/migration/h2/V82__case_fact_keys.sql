update young_person set fact_key = cast(random_uuid() as varchar(36)) where fact_key is null;
alter table young_person alter column fact_key set not null;
create unique index uq_young_person_fact_key on young_person (fact_key);
