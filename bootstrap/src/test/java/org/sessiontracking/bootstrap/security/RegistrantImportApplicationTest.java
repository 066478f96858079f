package org.sessiontracking.bootstrap.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.web.csv.CsvTable;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.port.in.FindRegistrantsUseCase;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase.ImportResult;
import org.sessiontracking.application.registrant.port.in.ImportRegistrantsUseCase.Imported;
import org.sessiontracking.application.registrant.port.in.SearchRegistrantsUseCase;
import org.sessiontracking.application.user.port.out.UserRepository;
import org.sessiontracking.bootstrap.ApplicationTest;
import org.sessiontracking.domain.common.AccessDeniedException;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.User;
import org.sessiontracking.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wired registrant use cases: a CSV import through the real parser, transaction and PostgreSQL. */
class RegistrantImportApplicationTest extends ApplicationTest {

    @Autowired
    private ImportRegistrantsUseCase importer;
    @Autowired
    private SearchRegistrantsUseCase search;
    @Autowired
    private FindRegistrantsUseCase find;
    @Autowired
    private UserRepository users;

    private final String prefix = "APP" + System.nanoTime();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(Role role) {
        String name = role.name().toLowerCase() + "." + System.nanoTime();
        users.add(User.create(users.nextId(), new Username(name), name, "not-a-real-hash", role));
        SignedInUser principal = new SignedInUser(users.findByUsername(new Username(name)).orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    private ImportResult importing(String csv) {
        try (CsvTable table = CsvTable.of(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            return importer.importRegistrants(new ImportRegistrantsUseCase.Command(table));
        }
    }

    private String file() {
        return "external_id,full_name,kind,group_external_id,area,sex,birth_date\n"
                + prefix + "-HH,\"Reyes, Household\",HOUSEHOLD,,Barangay " + prefix + ",,\n"
                + prefix + "-1,María Reyes,INDIVIDUAL," + prefix + "-HH,Barangay " + prefix + ",F,1980-05-05\n";
    }

    @Test
    void aManagerImportsAFileAndFindsTheHouseholdAndItsMembers() {
        signInAs(Role.MANAGER);
        assertThat(importing(file())).isEqualTo(new Imported(2, 0, 0));

        List<RegistrantSummary> found = search.search(RegistrantFilter.text(prefix.toLowerCase()), PageRequest.first(10));
        assertThat(found).extracting(RegistrantSummary::fullName).containsExactly("María Reyes", "Reyes, Household");
        assertThat(find.activeMembersOf(found.get(1).id())).extracting(RegistrantSummary::externalId)
                .containsExactly(prefix + "-1");
        assertThat(search.areas()).contains("Barangay " + prefix);
        assertThat(importing(file())).isEqualTo(new Imported(0, 0, 2));
    }

    @Test
    void staffCannotImportEvenByCallingTheUseCase() {
        signInAs(Role.STAFF);
        assertThatThrownBy(() -> importing(file())).isInstanceOf(AccessDeniedException.class);
        assertThat(search.count(RegistrantFilter.text(prefix)).value()).isZero();
    }
}
