-- The outcome of a young person's case (PRODUCT.md §5) and the pseudonymous key under which the
-- case data module counts the case without knowing its reference or record.
alter table young_person add column outcome varchar(40);
alter table young_person add column outcome_date date;
alter table young_person add column fact_key varchar(36);
