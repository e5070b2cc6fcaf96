-- A lead answering a QA challenge may propose a third score with a reason; the reviewer
-- then confirms it or challenges again.
alter table audit_statement add column agency_proposed_score integer;
alter table audit_statement add constraint ck_audit_statement_agency_proposed
    check (agency_proposed_score is null or (agency_proposed_score between 0 and 4));
