-- A frozen version keeps the missing-record policy it was judged under, beside its required percentage
-- and excused policy: COUNTS_AS_ABSENT (an enrolled registrant's held session without a record counted as
-- one more Absent) or LISTED_AS_NO_RECORD (listed, not counted). Whatever reads a closed period's frozen
-- rows (eligibility rules) judges their P, A, E and missing records under this policy, as the closing did.
alter table frozen_compliance_version
    add column missing_record_policy text not null default 'LISTED_AS_NO_RECORD'
        check (missing_record_policy in ('COUNTS_AS_ABSENT', 'LISTED_AS_NO_RECORD'));
