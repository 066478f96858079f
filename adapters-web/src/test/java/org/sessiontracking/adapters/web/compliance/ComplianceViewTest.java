package org.sessiontracking.adapters.web.compliance;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.sessiontracking.domain.sessiontype.HouseholdRule;
import org.sessiontracking.application.compliance.port.in.HouseholdComplianceUseCase;
import org.sessiontracking.application.compliance.HouseholdCriteria;
import org.sessiontracking.application.compliance.HouseholdRow;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessiontracking.adapters.web.exemption.ExemptionsView;
import org.sessiontracking.application.exemption.InMemoryExemptionRepository;
import org.sessiontracking.application.exemption.usecase.ExplainExemptions;
import org.sessiontracking.application.support.FixedActor;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.exemption.Exemption;
import org.sessiontracking.domain.exemption.ExemptionId;
import org.sessiontracking.domain.exemption.ExemptionScope;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.ComplianceRow;
import org.sessiontracking.application.compliance.port.in.ComplianceListUseCase;
import org.sessiontracking.application.compliance.port.in.FlagRegistrantUseCase;
import org.sessiontracking.application.registrant.RegistrantCount;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.RegistrantSummary.GroupRef;
import org.sessiontracking.application.registrant.port.in.SearchRegistrantsUseCase;
import org.sessiontracking.application.session.SessionFilter;
import org.sessiontracking.application.session.port.in.ListSessionsUseCase;
import org.sessiontracking.application.sessiontype.SessionTypeFilter;
import org.sessiontracking.application.sessiontype.port.in.ListSessionTypesUseCase;
import org.sessiontracking.domain.common.Version;
import org.sessiontracking.domain.compliance.AttendanceCounts;
import org.sessiontracking.domain.compliance.ComplianceFlag;
import org.sessiontracking.domain.compliance.ComplianceFlagId;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.sessiontype.SessionType;
import org.sessiontracking.domain.sessiontype.SessionTypeId;
import org.sessiontracking.domain.user.Actor;
import org.sessiontracking.domain.user.Role;
import org.sessiontracking.domain.user.UserId;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sessiontracking.domain.sessiontype.SessionTypeBuilder.aSessionType;

class ComplianceViewTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private static final SessionType FDS = aSessionType().id(3).name("Family Development Session").code("FDS")
            .requiredAttendance(80).topics("Nutrition").build();
    private static final ComplianceRow ANA = row(1, "Ana", "North", 4, 1, 0, ComplianceStatus.COMPLIANT);
    private static final ComplianceRow BEN = row(2, "Ben", "South", 3, 2, 1, ComplianceStatus.NON_COMPLIANT);

    private final FakeCompliance compliance = new FakeCompliance(List.of(ANA, BEN));
    private final InMemoryExemptionRepository exemptions = new InMemoryExemptionRepository();
    private final org.sessiontracking.application.enrolment.InMemoryEnrolmentRepository enrolments =
            new org.sessiontracking.application.enrolment.InMemoryEnrolmentRepository();
    private final List<FlagRegistrantUseCase.Command> flagged = new ArrayList<>();
    private final List<FlagRegistrantUseCase.FlagAllCommand> flaggedAll = new ArrayList<>();
    private final FlagRegistrantUseCase flags = new FlagRegistrantUseCase() {
        public ComplianceFlagId flag(Command command) {
            ComplianceFlag.raise(new ComplianceFlagId(1), command.registrant(), command.type(), command.kind(),
                    command.note(), new UserId(1), CLOCK.instant());
            flagged.add(command);
            return new ComplianceFlagId(flagged.size());
        }

        public int flagAll(FlagAllCommand command) {
            flaggedAll.add(command);
            return 1;
        }
    };

    private static ComplianceRow row(long id, String name, String area, int p, int a, int e, ComplianceStatus status) {
        return new ComplianceRow(new RegistrantId(id), "X" + id, name, area,
                name.equals("Ana") ? "Dela Cruz household" : "", new AttendanceCounts(p, a, e), p, p + a, status,
                name.equals("Ana") ? 1 : 0);
    }

    /** The households of the registry, searched as the registrant search does (part of the name, any case). */
    private final List<RegistrantFilter> householdSearches = new ArrayList<>();
    private final SearchRegistrantsUseCase registrants = new SearchRegistrantsUseCase() {
        private final List<RegistrantSummary> households = List.of(household(10, "H-10", "Dela Cruz household"),
                household(11, "H-11", "Santos household"));

        private RegistrantSummary household(long id, String externalId, String name) {
            return new RegistrantSummary(new RegistrantId(id), externalId, name, RegistrantKind.GROUP,
                    Optional.empty(), "North", Optional.empty(), Optional.empty(), true, Optional.empty(), Version.NEW);
        }

        public List<RegistrantSummary> search(RegistrantFilter filter, PageRequest page) {
            householdSearches.add(filter);
            return households.stream().filter(household -> filter.kind().equals(Optional.of(household.kind())))
                    .filter(household -> household.fullName().toLowerCase().contains(filter.text().toLowerCase()))
                    .skip(page.offset()).limit(page.limit()).toList();
        }

        public RegistrantCount count(RegistrantFilter filter) {
            throw new UnsupportedOperationException();
        }

        public Optional<RegistrantSummary> get(RegistrantId id) {
            return Optional.empty();
        }

        public List<String> areas() {
            return List.of("North", "South");
        }
    };

    private final List<SessionFilter> sessionFilters = new ArrayList<>();

    private static final HouseholdRow DELA_CRUZ = new HouseholdRow(new RegistrantId(10), "H-10", "Dela Cruz household",
            "North", 3, 2, 1, HouseholdRule.GRANTEE, Optional.of("Ana"), ComplianceStatus.COMPLIANT, Optional.empty());
    private final List<HouseholdCriteria> householdQueries = new ArrayList<>();
    private final HouseholdComplianceUseCase householdCompliance = new HouseholdComplianceUseCase() {
        public List<HouseholdRow> list(HouseholdCriteria criteria, PageRequest page) {
            householdQueries.add(criteria);
            return List.of(DELA_CRUZ).subList(0, Math.min(1, Math.max(0, 1 - page.offset())));
        }

        public int count(HouseholdCriteria criteria) {
            return 1;
        }

        public void export(HouseholdCriteria criteria, Consumer<HouseholdRow> row) {
            row.accept(DELA_CRUZ);
        }
    };

    @Test
    @SuppressWarnings("unchecked")
    void householdsAreShownWithTheirRuleAndStatusAndOpenOnTheirMembers() {
        open(Role.STAFF);
        assertThat(_find(Grid.class, spec -> spec.withId("household-grid"))).isEmpty();

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("compliance-show")), ComplianceView.HOUSEHOLDS);
        Grid<HouseholdRow> households = _get(Grid.class, spec -> spec.withId("household-grid"));
        assertThat(_find(Grid.class, spec -> spec.withId("compliance-grid"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("compliance-export")))
                .as("the individuals' export is not offered beside the households").isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("household-export")))
                .hasSize(1);
        assertThat(GridKt._size(households)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(households, 0))
                .containsSequence("Dela Cruz household", "H-10", "North", "3", "1", "Grantee: Ana");
        assertThat(householdQueries.getLast().type()).isEqualTo(FDS.id());

        GridKt._clickItem(households, 0);
        assertThat(_find(HouseholdMembersDialog.class)).hasSize(1);
    }

    private void open(Role role) {
        ListSessionTypesUseCase types = new ListSessionTypesUseCase() {
            public List<SessionType> list(SessionTypeFilter filter, PageRequest page) {
                return List.of(FDS);
            }

            public int count(SessionTypeFilter filter) {
                return 1;
            }

            public Optional<SessionType> get(SessionTypeId id) {
                return Optional.of(FDS);
            }
        };
        ListSessionsUseCase sessions = new ListSessionsUseCase() {
            public List<org.sessiontracking.application.session.SessionRow> list(Scope scope, SessionFilter filter,
                                                                                 PageRequest page) {
                throw new UnsupportedOperationException();
            }

            public int count(Scope scope, SessionFilter filter) {
                sessionFilters.add(filter);
                return filter.status().orElseThrow() == org.sessiontracking.domain.session.SessionStatus.SCHEDULED ? 2 : 1;
            }
        };
        UI.getCurrent().add(new ComplianceView(compliance, householdCompliance, flags, types, registrants, sessions,
                () -> new Actor(new UserId(1), "Tester", role), new ExplainExemptions(exemptions,
                        FixedActor.signedIn(role)), new org.sessiontracking.application.enrolment.usecase.ListEnrolments(
                        enrolments, new org.sessiontracking.application.registrant.InMemoryRegistrants(),
                        FixedActor.signedIn(role)), CLOCK));
    }

    @BeforeEach
    void setUp() {
        // the view links to these routes; registering them without MainLayout keeps the test to this package
        Routes routes = new Routes();
        routes.getRoutes().addAll(java.util.Set.of(FlagsView.class, CurriculumView.class,
                RegistrantComplianceView.class, ExemptionsView.class,
                org.sessiontracking.adapters.web.verification.VerificationPeriodsView.class));
        MockVaadin.setup(routes);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @SuppressWarnings("unchecked")
    private Grid<ComplianceRow> grid() {
        return _get(Grid.class, spec -> spec.withId("compliance-grid"));
    }

    /** The flag button of a row: component columns are not attached to the mocked UI. */
    private Button flagButton(int row) {
        return (Button) GridKt._getCellComponent(grid(), row, "flag");
    }

    @Test
    void theListShowsCountsRateAndStatusSortedByRateWithTotals() {
        open(Role.VIEWER);
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Ben (X2)", "South", "3", "2", "1", "5", "60.0%");
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("Ana (X1)", "80.0%");
        assertThat(compliance.lastCriteria.type()).isEqualTo(FDS.id());
        assertThat(compliance.lastCriteria.period().from()).isEqualTo(LocalDate.of(2026, 1, 1));
        // This year, to date: the sessions still to come this year cannot have been attended
        assertThat(compliance.lastCriteria.period().to()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(_get(Span.class, spec -> spec.withId("total-compliant")).getText()).isEqualTo("Compliant: 1");
        assertThat(_get(Span.class, spec -> spec.withId("total-non-compliant")).getText())
                .isEqualTo("Non-compliant: 1");
    }

    @Test
    void theListSaysWhichExemptionsApplyAndHowManyOfARowsSessionsTheyLeftOut() {
        exemptions.add(Exemption.create(new ExemptionId(1), Optional.of(FDS.id()), LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 9), ExemptionScope.ofAreas(List.of("North")), "Typhoon emergency"),
                new UserId(1), CLOCK.instant());
        exemptions.record(ANA.registrant(), "North", FDS.id(), LocalDate.of(2026, 11, 4), AttendanceStatus.ABSENT);
        exemptions.record(ANA.registrant(), "North", FDS.id(), LocalDate.of(2026, 11, 5), AttendanceStatus.EXCUSED);
        exemptions.record(ANA.registrant(), "North", FDS.id(), LocalDate.of(2026, 11, 6), AttendanceStatus.PRESENT);

        open(Role.MANAGER);

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("compliance-exemptions"))
                .getElement().getTextRecursively()).isEqualTo("Exemption in this period (absences inside it do not "
                + "count): Typhoon emergency, North, 3\u20139 Nov 2026. Counted \"9 (+2)\": 2 more sessions left out by an "
                + "exemption (point at it to see which). Manage exemptions");
        grid().getDataProvider().refreshAll();
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("Ana (X1)", "5 (+2)");
        assertThat(grid().getColumnByKey("counted").getTooltipGenerator().apply(ANA))
                .isEqualTo("2 sessions exempt: Typhoon emergency, North, 3\u20139 Nov 2026");
        assertThat(grid().getColumnByKey("counted").getTooltipGenerator().apply(BEN)).isEmpty();
    }

    @Test
    void withoutExemptionsNothingIsSaidAboutThem() {
        open(Role.VIEWER);
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("compliance-exemptions"));
    }

    @Test
    void aTypeWithEnrolmentsSaysHowMissingRecordsCountAndShowsTheNoRecordColumn() {
        open(Role.VIEWER);
        assertThat(grid().getColumnByKey("no-record").isVisible()).as("without enrolment").isFalse();
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("compliance-enrolment"));

        enrolments.add(org.sessiontracking.domain.enrolment.Enrolment.create(
                new org.sessiontracking.domain.enrolment.EnrolmentId(1), FDS.id(),
                org.sessiontracking.domain.enrolment.EnrolmentScope.ofAreas(List.of("North")), LocalDate.of(2026, 1, 1),
                Optional.empty()), new UserId(1), CLOCK.instant());
        UI.getCurrent().removeAll();
        open(Role.VIEWER);

        assertThat(grid().getColumnByKey("no-record").isVisible()).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("compliance-enrolment"))
                .getElement().getTextRecursively()).contains("Every registrant enrolled in this type is listed",
                "Enrolled registrants without a record at a held session are listed as No record (not counted)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersByStatusAndArea() {
        open(Role.VIEWER);
        _setValue((Select<ComplianceStatus>) _get(Select.class, spec -> spec.withId("compliance-status")),
                ComplianceStatus.NON_COMPLIANT);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(compliance.lastCriteria.status()).contains(ComplianceStatus.NON_COMPLIANT);
        @SuppressWarnings("unchecked")
        ComboBox<String> area = _get(ComboBox.class, spec -> spec.withId("compliance-area"));
        assertThat(ComboBoxKt.getSuggestions(area)).as("the registry's areas to choose from").containsExactly("North", "South");
        _setValue(area, "North");
        assertThat(GridKt._size(grid())).isZero();
        assertThat(compliance.lastCriteria.area()).isEqualTo("North");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGroupIsChosenFromTheHouseholdsFoundByPartOfTheirName() {
        open(Role.VIEWER);
        ComboBox<GroupRef> group = _get(ComboBox.class, spec -> spec.withId("compliance-group"));
        ComboBoxKt.setUserInput(group, "cruz");
        assertThat(ComboBoxKt.getSuggestions(group)).containsExactly("Dela Cruz household (H-10)");
        assertThat(householdSearches.getLast().text()).isEqualTo("cruz");
        assertThat(householdSearches.getLast().kind()).contains(RegistrantKind.GROUP);

        _setValue(group, ComboBoxKt.getSuggestionItems(group).getFirst());
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(compliance.lastCriteria.group()).as("the household's id, not its name").contains(new RegistrantId(10));
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Ana (X1)", "Dela Cruz household");

        _setValue(group, null);
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(compliance.lastCriteria.group()).isEmpty();
    }

    @Test
    void staffFlagBenForFollowUpWithANote() {
        open(Role.STAFF);
        _click(flagButton(0));
        _setValue(_get(TextArea.class, spec -> spec.withId("flag-note")), "Home visit next week");
        _click(_get(Button.class, spec -> spec.withId("save-flag")));
        assertThat(flagged).singleElement().satisfies(command -> {
            assertThat(command.registrant()).isEqualTo(BEN.registrant());
            assertThat(command.note()).isEqualTo("Home visit next week");
        });
    }

    @Test
    void theRowActionsAreIconsNamedByTheirTooltipsAndLabelsAndAFlaggedRowShowsHowManyFlagsAreOpen() {
        open(Role.STAFF);
        // each icon has a column of its own whose tooltip names it: the grid's tooltip, which opens over any
        // cell, would hide a tooltip of the button
        Button details = (Button) GridKt._getCellComponent(grid(), 0, "details");
        assertThat(details.getText()).isEmpty();
        assertThat(details.getAriaLabel()).contains("Open registrant's compliance: Ben");
        assertThat(tooltip("details", 0)).isEqualTo("Open registrant's compliance");
        Button benFlag = flagButton(0);
        assertThat(benFlag.getText()).isEmpty();
        assertThat(benFlag.getAriaLabel()).contains("Flag for follow-up: Ben");
        assertThat(tooltip("flag", 0)).isEqualTo("Flag for follow-up");
        Button anaFlag = flagButton(1);
        assertThat(anaFlag.getText()).isEqualTo("1");
        assertThat(anaFlag.getAriaLabel()).contains("Flag for follow-up (1 open flag): Ana");
        assertThat(tooltip("flag", 1)).isEqualTo("Flag for follow-up (1 open flag)");
    }

    private String tooltip(String column, int row) {
        return grid().getColumnByKey(column).getTooltipGenerator().apply(GridKt._get(grid(), row));
    }

    @Test
    void aFlagWithoutANoteIsRefusedInTheDialog() {
        open(Role.STAFF);
        _click(flagButton(0));
        _click(_get(Button.class, spec -> spec.withId("save-flag")));
        TextArea note = _get(TextArea.class, spec -> spec.withId("flag-note"));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("A note is required");
        assertThat(flagged).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEarlyWarningNarrowsTheListInTheTypesOwnNumbersAndItsListIsFlaggedInOneAction() {
        open(Role.STAFF);
        Select<ComplianceCriteria.EarlyWarning> warning = _get(Select.class, spec -> spec.withId("compliance-warning"));
        assertThat(warning.getItemLabelGenerator().apply(ComplianceCriteria.EarlyWarning.CANNOT_REACH))
                .isEqualTo("Cannot reach 80% any more");
        assertThat(warning.getItemLabelGenerator().apply(ComplianceCriteria.EarlyWarning.ABSENCES_IN_A_ROW))
                .isEqualTo("3+ absences in a row");
        assertThat(_find(Button.class, spec -> spec.withId("compliance-flag-all")))
                .as("only an early warning's list is flagged at once").isEmpty();

        _setValue(warning, ComplianceCriteria.EarlyWarning.CANNOT_REACH);
        assertThat(compliance.lastCriteria.warning()).contains(ComplianceCriteria.EarlyWarning.CANNOT_REACH);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(warning.getHelperText()).contains("Below 80% at the end of the period even if they attend every session")
                .contains("; 3 sessions are left in this period (all areas).");
        assertThat(sessionFilters.getLast().type()).contains(FDS.id());
        assertThat(sessionFilters.getLast().from()).contains(LocalDate.of(2026, 1, 1));
        Button flagAll = _get(Button.class, spec -> spec.withId("compliance-flag-all"));
        assertThat(flagAll.getText()).isEqualTo("Flag all 1 for follow-up");

        _click(flagAll);
        _setValue(_get(TextArea.class, spec -> spec.withId("flag-all-note")), "Home visits before the month closes");
        _click(_get(Button.class, spec -> spec.withId("save-flag-all")));
        assertThat(flaggedAll).singleElement().satisfies(command -> {
            assertThat(command.criteria().warning()).contains(ComplianceCriteria.EarlyWarning.CANNOT_REACH);
            assertThat(command.criteria().type()).isEqualTo(FDS.id());
            assertThat(command.note()).isEqualTo("Home visits before the month closes");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void viewersMayUseTheEarlyWarningButNotFlagItsList() {
        open(Role.VIEWER);
        _setValue((Select<ComplianceCriteria.EarlyWarning>) _get(Select.class, spec -> spec.withId("compliance-warning")),
                ComplianceCriteria.EarlyWarning.AT_RISK);
        assertThat(compliance.lastCriteria.warning()).contains(ComplianceCriteria.EarlyWarning.AT_RISK);
        assertThat(_find(Button.class, spec -> spec.withId("compliance-flag-all"))).isEmpty();
    }

    @Test
    void viewersAreNotOfferedToFlag() {
        open(Role.VIEWER);
        assertThat(grid().getColumnByKey("flag")).isNull();
        assertThat(GridKt._getCellComponent(grid(), 0, "details")).isInstanceOf(Button.class);
    }

    @Test
    void theExportsFileNameSaysWhichTypeAndPeriodItHolds() {
        Period firstQuarter = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertThat(ComplianceCsv.fileName(FDS, firstQuarter)).isEqualTo("compliance-FDS-2026-01-01_2026-03-31.csv");
        // without a code, the type's name as a slug
        SessionType withoutCode = aSessionType().id(7).name("Skills Training (Barangay 12)").code(null).build();
        assertThat(ComplianceCsv.fileName(withoutCode, firstQuarter))
                .isEqualTo("compliance-skills-training-barangay-12-2026-01-01_2026-03-31.csv");
    }

    @Test
    void theCsvExportHasAHeaderAndOneLinePerRegistrant() throws Exception {
        StringWriter out = new StringWriter();
        ComplianceCsv.write(compliance, ComplianceCriteria.of(FDS.id(), new org.sessiontracking.application
                .compliance.Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))), out);
        assertThat(out.toString().split("\r\n")).containsExactly(
                "external_id,name,area,group,present,absent,excused,attended,counted,rate_percent,status,open_flags,"
                        + "no_record",
                "X1,Ana,North,Dela Cruz household,4,1,0,4,5,80.0,Compliant,1,0",
                "X2,Ben,South,,3,2,1,3,5,60.0,Non-compliant,0,0");
    }

    /** Applies the criteria's filters and the rate sort to fixed rows, as the database would. */
    private static final class FakeCompliance implements ComplianceListUseCase {
        private final List<ComplianceRow> rows;
        ComplianceCriteria lastCriteria;

        FakeCompliance(List<ComplianceRow> rows) {
            this.rows = rows;
        }

        private Stream<ComplianceRow> matching(ComplianceCriteria criteria) {
            lastCriteria = criteria;
            return rows.stream()
                    .filter(row -> criteria.status().map(status -> status == row.status()).orElse(true))
                    .filter(row -> criteria.area().isEmpty() || row.area().equalsIgnoreCase(criteria.area()))
                    .filter(row -> criteria.group().map(group -> group.value() == 10
                            && row.group().equals("Dela Cruz household")).orElse(true))
                    // the fake's early warnings: everyone non-compliant cannot reach the threshold, nobody is at risk
                    .filter(row -> criteria.warning().map(warning -> warning == ComplianceCriteria.EarlyWarning.CANNOT_REACH
                            && row.status() == ComplianceStatus.NON_COMPLIANT).orElse(true));
        }

        @Override
        public List<ComplianceRow> list(ComplianceCriteria criteria, PageRequest page) {
            Stream<ComplianceRow> stream = matching(criteria);
            if (page.sort().stream().anyMatch(sort -> sort.property().equals("rate"))) {
                stream = stream.sorted(Comparator.comparingDouble(row -> (double) row.attended() / row.counted()));
            }
            return stream.skip(page.offset()).limit(page.limit()).toList();
        }

        @Override
        public int count(ComplianceCriteria criteria) {
            return (int) matching(criteria).count();
        }

        @Override
        public Map<ComplianceStatus, Integer> totals(ComplianceCriteria criteria) {
            Map<ComplianceStatus, Integer> totals = new EnumMap<>(ComplianceStatus.class);
            matching(criteria.withStatus(null)).forEach(row -> totals.merge(row.status(), 1, Integer::sum));
            lastCriteria = criteria;
            return totals;
        }

        @Override
        public void export(ComplianceCriteria criteria, Consumer<ComplianceRow> row) {
            matching(criteria).forEach(row);
        }
    }
}
