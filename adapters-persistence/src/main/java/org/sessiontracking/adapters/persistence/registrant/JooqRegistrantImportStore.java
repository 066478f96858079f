package org.sessiontracking.adapters.persistence.registrant;

import org.jooq.DSLContext;
import org.sessiontracking.application.registrant.port.out.ImportedRegistrant;
import org.sessiontracking.application.registrant.port.out.RegistrantImportStore;
import org.sessiontracking.domain.registrant.RegistrantDetails;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.registrant.Sex;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.sessiontracking.adapters.persistence.jooq.Tables.REGISTRANT;
import static org.sessiontracking.adapters.persistence.registrant.RegistrantMapper.GROUP;

/**
 * The bulk side of registrant imports. Rows are written {@value #CHUNK} at a time with one
 * {@code INSERT ... SELECT FROM unnest(arrays) ... ON CONFLICT (external_id) DO UPDATE} each: a
 * 100,000-row file takes a few dozen statements, not 100,000 round trips. An update happens only
 * when a value differs, and {@code RETURNING (xmax = 0)} tells created rows from updated ones;
 * rows neither created nor updated were unchanged. Households go first so that members find them.
 */
public final class JooqRegistrantImportStore implements RegistrantImportStore {

    static final int CHUNK = 5000;

    private static final String UPSERT = """
            insert into registrant as r (external_id, full_name, kind, group_id, area, sex, birth_date, active,
                                         version, created_at, updated_at)
            select v.external_id, v.full_name, v.kind, g.id, v.area, v.sex, v.birth_date::date,
                   coalesce(v.active::boolean, true), 0, ?, ?
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 as v(external_id, full_name, kind, group_external_id, area, sex, birth_date, active)
            left join registrant g on g.external_id = v.group_external_id
            on conflict (external_id) do update set
                full_name = excluded.full_name, kind = excluded.kind, group_id = excluded.group_id,
                area = excluded.area, sex = excluded.sex, birth_date = excluded.birth_date,
                %1$s
                version = r.version + 1, updated_at = excluded.updated_at
            where (r.full_name, r.kind, r.group_id, r.area, r.sex, r.birth_date%2$s)
                  is distinct from
                  (excluded.full_name, excluded.kind, excluded.group_id, excluded.area, excluded.sex,
                   excluded.birth_date%3$s)
            returning (xmax = 0)""";
    /** For rows that give an active flag. */
    private static final String UPSERT_WITH_ACTIVE = UPSERT.formatted("active = excluded.active,", ", r.active",
            ", excluded.active");
    /** For rows that leave the stored active flag as it is. */
    private static final String UPSERT_KEEPING_ACTIVE = UPSERT.formatted("", "", "");

    private final DSLContext db;
    private final Clock clock;

    public JooqRegistrantImportStore(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Map<String, RegistrantKind> kindsOf(Collection<String> externalIds) {
        Map<String, RegistrantKind> kinds = new HashMap<>();
        for (List<String> chunk : JooqRegistrantRepository.chunks(externalIds)) {
            db.select(REGISTRANT.EXTERNAL_ID, REGISTRANT.KIND).from(REGISTRANT)
                    .where(REGISTRANT.EXTERNAL_ID.in(chunk))
                    .forEach(row -> kinds.put(row.value1(), RegistrantKind.valueOf(row.value2())));
        }
        return kinds;
    }

    @Override
    public Map<String, List<String>> membersOf(Collection<String> groupExternalIds) {
        Map<String, List<String>> members = new HashMap<>();
        for (List<String> chunk : JooqRegistrantRepository.chunks(groupExternalIds)) {
            db.select(GROUP.EXTERNAL_ID, REGISTRANT.EXTERNAL_ID).from(REGISTRANT)
                    .join(GROUP).on(GROUP.ID.eq(REGISTRANT.GROUP_ID))
                    .where(GROUP.EXTERNAL_ID.in(chunk))
                    .orderBy(REGISTRANT.EXTERNAL_ID)
                    .forEach(row -> members.computeIfAbsent(row.value1(), key -> new ArrayList<>()).add(row.value2()));
        }
        return members;
    }

    @Override
    public Counts store(List<ImportedRegistrant> registrants) {
        int[] createdAndUpdated = new int[2];
        Timestamp now = Timestamp.from(clock.instant());
        db.connection(connection -> {
            for (boolean households : new boolean[]{true, false}) {
                for (boolean givesActive : new boolean[]{true, false}) {
                    List<ImportedRegistrant> batch = new ArrayList<>();
                    for (ImportedRegistrant row : registrants) {
                        if ((row.details().kind() == RegistrantKind.GROUP) == households
                                && row.active().isPresent() == givesActive) {
                            batch.add(row);
                            if (batch.size() == CHUNK) {
                                upsert(connection, batch, givesActive, now, createdAndUpdated);
                                batch.clear();
                            }
                        }
                    }
                    if (!batch.isEmpty()) {
                        upsert(connection, batch, givesActive, now, createdAndUpdated);
                    }
                }
            }
        });
        int created = createdAndUpdated[0];
        int updated = createdAndUpdated[1];
        return new Counts(created, updated, registrants.size() - created - updated);
    }

    private static void upsert(Connection connection, List<ImportedRegistrant> rows, boolean givesActive,
                               Timestamp now, int[] createdAndUpdated) throws SQLException {
        int size = rows.size();
        String[][] columns = new String[8][size];
        for (int i = 0; i < size; i++) {
            ImportedRegistrant row = rows.get(i);
            RegistrantDetails details = row.details();
            columns[0][i] = row.externalId().value();
            columns[1][i] = details.fullName();
            columns[2][i] = details.kind().name();
            columns[3][i] = row.groupExternalId().orElse(null);
            columns[4][i] = details.area();
            columns[5][i] = details.sex().map(Sex::name).orElse(null);
            columns[6][i] = details.birthDate().map(LocalDate::toString).orElse(null);
            columns[7][i] = row.active().map(String::valueOf).orElse(null);
        }
        try (PreparedStatement statement = connection.prepareStatement(
                givesActive ? UPSERT_WITH_ACTIVE : UPSERT_KEEPING_ACTIVE)) {
            statement.setTimestamp(1, now);
            statement.setTimestamp(2, now);
            List<Array> arrays = new ArrayList<>();
            for (int column = 0; column < columns.length; column++) {
                Array array = connection.createArrayOf("text", columns[column]);
                arrays.add(array);
                statement.setArray(3 + column, array);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    createdAndUpdated[result.getBoolean(1) ? 0 : 1]++;
                }
            }
            for (Array array : arrays) {
                array.free();
            }
        }
    }
}
