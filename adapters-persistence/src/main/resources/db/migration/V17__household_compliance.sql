-- Household compliance (issue 12): how a household's (a GROUP registrant's) compliance with a type
-- follows from its members' own, and the member a GRANTEE rule reads.
--  * session_type.household_rule: ANY_MEMBER (one member compliant is enough), GRANTEE (the grantee's
--    status) or EVERY_MEMBER (every member with counted sessions compliant; the default, see
--    domain.sessiontype.HouseholdRule);
--  * registrant.grantee_id: on a household, its designated member. The domain checks that the grantee
--    is one of its members; the queries read a grantee only while it still is (group_id = the
--    household), so a grantee who moved to another household reads as no grantee.
alter table session_type
    add column household_rule text not null default 'EVERY_MEMBER'
        check (household_rule in ('ANY_MEMBER', 'GRANTEE', 'EVERY_MEMBER'));
alter table registrant
    add column grantee_id bigint references registrant (id);
create index registrant_grantee_idx on registrant (grantee_id) where grantee_id is not null;
