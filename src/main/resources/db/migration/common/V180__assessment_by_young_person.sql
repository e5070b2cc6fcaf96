-- The case data rebuild reads a page of young people's completed assessments at once, across
-- agencies: the scope index (partnership, agency, young person) cannot serve that without the agency.
create index ix_assessment_young_person on assessment (young_person_id, status);
