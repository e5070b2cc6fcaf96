-- The caseload is sorted most urgent first. Counting each young person's unanswered prompts
-- inside the sort meant reading every young person of the agency and their prompts on each
-- page; the counts now live on the record, kept up to date whenever an assessment is saved,
-- and one index serves the sort, so a page reads only its own rows.
alter table young_person add column open_urgent_prompts integer not null default 0;
alter table young_person add column open_prompts integer not null default 0;

update young_person set
    open_urgent_prompts = (select count(*) from assessment_prompt p join assessment a on a.id = p.assessment_id
                           where a.young_person_id = young_person.id and a.agency_id = young_person.agency_id
                             and p.answer is null and p.urgency = 'URGENT'),
    open_prompts = (select count(*) from assessment_prompt p join assessment a on a.id = p.assessment_id
                    where a.young_person_id = young_person.id and a.agency_id = young_person.agency_id
                      and p.answer is null);

create index ix_young_person_caseload on young_person
    (partnership_id, agency_id, open_urgent_prompts desc, open_prompts desc, updated_at desc, id desc);
