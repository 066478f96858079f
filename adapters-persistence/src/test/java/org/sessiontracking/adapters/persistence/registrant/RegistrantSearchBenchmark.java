package org.sessiontracking.adapters.persistence.registrant;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sessiontracking.adapters.persistence.support.TestDatabase;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.common.PageRequest.SortOrder;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.port.in.SearchRegistrantsUseCase;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Measures the Registrants grid's queries over 1,000,000 registrants (200,000 households of 4 members)
 * and prints each one's time and plan head. Asserts nothing about time. Run with:
 * {@code ./mvnw -o -pl adapters-persistence -am verify -Dtest=RegistrantSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RegistrantSearchBenchmark {

    private DSLContext db;
    private JooqRegistrantRepository repository;

    @Test
    void searchesAMillionRegistrants() throws SQLException {
        try (Connection connection = TestDatabase.dataSource().getConnection()) {
            db = DSL.using(connection, SQLDialect.POSTGRES);
            repository = new JooqRegistrantRepository(db, Clock.systemUTC());
            run();
        }
    }

    private void run() {
        long start = System.nanoTime();
        db.execute("""
                insert into registrant (external_id, full_name, kind, area, created_at, updated_at)
                select 'MHH-' || lpad(h::text, 7, '0'), (array['Santos','Reyes','Cruz','Dela Cruz','Bautista','Peña',
                       'Ocampo','García','Villanueva','Mendoza'])[1 + h % 10] || ' Household ' || h, 'GROUP',
                       'Barangay ' || (h % 300), now(), now()
                from generate_series(1, 200000) h""");
        db.execute("""
                insert into registrant (external_id, full_name, kind, group_id, area, sex, birth_date, created_at, updated_at)
                select 'MIND-' || lpad(n::text, 8, '0'),
                       (array['Maria','José','Ana','Pedro','Liza','Noel','Grace','Ramón','Joy','Carmen'])[1 + n % 10]
                         || ' ' || (array['Santos','Reyes','Cruz','Dela Cruz','Bautista','Peña','Ocampo','García',
                         'Villanueva','Mendoza'])[1 + (n / 4) % 10] || ' ' || n,
                       'INDIVIDUAL', g.id, g.area, case when n % 2 = 0 then 'FEMALE' else 'MALE' end,
                       date '1950-01-01' + (n % 20000), now(), now()
                from generate_series(0, 799999) n
                join registrant g on g.external_id = 'MHH-' || lpad((n / 4 + 1)::text, 7, '0')""");
        db.execute("analyze registrant");
        System.out.printf(Locale.ROOT, "%nloaded %,d registrants in %,d ms%n", db.fetchCount(DSL.table("registrant")),
                (System.nanoTime() - start) / 1_000_000);

        RegistrantId household = new RegistrantId(db.fetchSingle("select id from registrant where external_id = 'MHH-0001234'").get(0, Long.class));
        PageRequest page = PageRequest.first(50);
        int cap = SearchRegistrantsUseCase.COUNT_CAP;
        time("first page, no filter, by name", () -> repository.search(RegistrantFilter.ALL, page).size());
        time("capped count, no filter", () -> repository.countUpTo(RegistrantFilter.ALL, cap));
        time("page at offset 100,000 by name", () -> repository.search(RegistrantFilter.ALL,
                new PageRequest(100_000, 50, List.of())).size());
        time("first page by birth date desc", () -> repository.search(RegistrantFilter.ALL,
                new PageRequest(0, 50, List.of(new SortOrder("birthDate", false)))).size());
        time("first page by external id", () -> repository.search(RegistrantFilter.ALL,
                new PageRequest(0, 50, List.of(new SortOrder("externalId", true)))).size());
        time("id prefix 'mind-0012'", () -> repository.search(RegistrantFilter.text("mind-0012"), page).size());
        time("count id prefix 'mind-0012'", () -> repository.countUpTo(RegistrantFilter.text("mind-0012"), cap));
        time("name contains 'peña 1234'", () -> repository.search(RegistrantFilter.text("peña 1234"), page).size());
        time("count name contains 'peña 1234'", () -> repository.countUpTo(RegistrantFilter.text("peña 1234"), cap));
        time("name contains 'ramón' (100k)", () -> repository.search(RegistrantFilter.text("ramón"), page).size());
        time("count name contains 'ramón'", () -> repository.countUpTo(RegistrantFilter.text("ramón"), cap));
        time("name starts 'jo' (2 letters)", () -> repository.search(RegistrantFilter.text("jo"), page).size());
        time("area 'Barangay 17'", () -> repository.search(RegistrantFilter.ALL.withArea("Barangay 17"), page).size());
        time("count area 'Barangay 17'", () -> repository.countUpTo(RegistrantFilter.ALL.withArea("Barangay 17"), cap));
        time("households only, 'cruz'", () -> repository.search(RegistrantFilter.text("cruz")
                .withKind(RegistrantKind.GROUP), page).size());
        time("members of one household", () -> repository.list(RegistrantFilter.ALL.withGroup(household)).size());
        time("distinct areas (300)", () -> repository.areas().size());
        explain(RegistrantFilter.text("peña 1234"));
        explain(RegistrantFilter.text("mind-0012"));
    }

    private void time(String what, Supplier<Integer> query) {
        query.get(); // warm the cache and the statement
        long start = System.nanoTime();
        int rows = query.get();
        System.out.printf(Locale.ROOT, "%-34s %8.1f ms  (%,d)%n", what, (System.nanoTime() - start) / 1e6, rows);
    }

    private void explain(RegistrantFilter filter) {
        String sql = db.renderInlined(db.selectOne().from(org.sessiontracking.adapters.persistence.jooq.Tables.REGISTRANT)
                .where(JooqRegistrantRepository.matching(filter)).orderBy(JooqRegistrantRepository.NAME_KEY).limit(50));
        System.out.println("plan for '" + filter.text() + "':");
        db.fetch("explain " + sql).forEach(row -> System.out.println("   " + row.get(0)));
    }
}
