-- A frozen compliance row keeps the registrant's missing records at the closing: for a type with
-- enrolments (V18), the held sessions the registrant was expected at and has no record of, whether the
-- type counts them as Absent or lists them as "No record". The export of a closed period shows them as
-- the live list's export does; rows of other types hold 0.
alter table frozen_compliance_row add column missing int not null default 0;
