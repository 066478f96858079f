-- Eligibility rules name a session type by its name or by its code, so one type's name must not be
-- another type's code, nor its code another type's name (ignoring case). session_type_name_uk and
-- session_type_code_uk keep names apart from names and codes from codes; a rule across two columns
-- of different rows cannot be an index, so this trigger checks it. It first takes a transaction-level
-- advisory lock, so that two concurrent changes of names or codes run one after the other and the
-- second one's check (a fresh snapshot per statement under read committed) sees the first once it has
-- committed. Types are created and edited rarely, by administrators: serialising those writes costs
-- nothing that matters. Types stored before this check are left as they are; editing one of them
-- asks for the clash to be resolved.
create function session_type_names_apart_from_codes() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock(hashtextextended('session_type names and codes', 0));
    if exists (select 1 from session_type other
               where other.id <> new.id and other.code is not null and lower(other.code) = lower(new.name)) then
        raise exception 'the name % is the code of another session type', new.name
            using errcode = 'unique_violation', constraint = 'session_type_name_is_code_uk', table = 'session_type';
    end if;
    if new.code is not null and exists (select 1 from session_type other
                                        where other.id <> new.id and lower(other.name) = lower(new.code)) then
        raise exception 'the code % is the name of another session type', new.code
            using errcode = 'unique_violation', constraint = 'session_type_code_is_name_uk', table = 'session_type';
    end if;
    return new;
end;
$$;

create trigger session_type_names_apart_from_codes
    before insert or update of name, code on session_type
    for each row execute function session_type_names_apart_from_codes();
