package org.sessiontracking.adapters.web.api;

import org.sessiontracking.application.common.NotFoundException;
import org.sessiontracking.application.compliance.AttendanceLine;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase.PeriodCompliance;
import org.sessiontracking.application.compliance.port.in.RegistrantComplianceUseCase.TypeCompliance;
import org.sessiontracking.application.registrant.RegistrantCount;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.RegistrantSummary;
import org.sessiontracking.application.registrant.port.in.SearchRegistrantsUseCase;
import org.sessiontracking.domain.attendance.AttendanceStatus;
import org.sessiontracking.domain.compliance.Compliance;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;
import org.sessiontracking.domain.registrant.Sex;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The registry as the Registrants grid searches it, and one registrant's compliance. */
@RestController
@RequestMapping("/api/v1/registrants")
public class RegistrantsApi {

    private final SearchRegistrantsUseCase search;
    private final RegistrantComplianceUseCase compliance;

    public RegistrantsApi(SearchRegistrantsUseCase search, RegistrantComplianceUseCase compliance) {
        this.search = search;
        this.compliance = compliance;
    }

    public record HouseholdJson(long id, String externalId, String fullName) {
    }

    /** @param granteeId a household's designated member (read by the GRANTEE household rule); null for none */
    public record RegistrantJson(long id, String externalId, String fullName, RegistrantKind kind,
                                 HouseholdJson household, String area, Sex sex, LocalDate birthDate, boolean active,
                                 Long granteeId, int version) {
        static RegistrantJson of(RegistrantSummary registrant) {
            return new RegistrantJson(registrant.id().value(), registrant.externalId(), registrant.fullName(),
                    registrant.kind(), registrant.group().map(group -> new HouseholdJson(group.id().value(),
                    group.externalId(), group.fullName())).orElse(null), registrant.area(),
                    registrant.sex().orElse(null), registrant.birthDate().orElse(null), registrant.active(),
                    registrant.granteeId().map(id -> id.value()).orElse(null), registrant.version().value());
        }
    }

    /**
     * The compliance rule's numbers (by the type's excused and missing-record policies) and its status; rate
     * null when nothing counted.
     *
     * @param noRecord for a type with enrolments: held sessions the registrant was expected at without a record
     */
    public record ComplianceJson(ComplianceStatus status, int present, int absent, int excused, int noRecord,
                                 int attended, int counted, int requiredPercent, BigDecimal ratePercent) {
        static ComplianceJson of(Compliance compliance) {
            return new ComplianceJson(compliance.status(), compliance.counts().present(), compliance.counts().absent(),
                    compliance.counts().excused(), compliance.missing(), compliance.attended(), compliance.counted(),
                    compliance.requiredPercent(), compliance.ratePercent().orElse(null));
        }
    }

    public record PartJson(LocalDate from, LocalDate to, ComplianceJson compliance) {
        static PartJson of(PeriodCompliance part) {
            return new PartJson(part.period().from(), part.period().to(), ComplianceJson.of(part.compliance()));
        }
    }

    /** @param breakdown MONTH, QUARTER or NONE: how {@code parts} split the period */
    public record TypeComplianceJson(long typeId, String typeName, ComplianceJson compliance, String breakdown,
                                     List<PartJson> parts) {
        static TypeComplianceJson of(TypeCompliance type) {
            return new TypeComplianceJson(type.type().value(), type.typeName(), ComplianceJson.of(type.compliance()),
                    type.breakdown().name(), type.perPeriod().stream().map(PartJson::of).toList());
        }
    }

    /** @param counted false for a cancelled session's record, which counts for nobody */
    public record LineJson(long sessionId, long typeId, String typeName, LocalDate date, String title, boolean counted,
                           AttendanceStatus status, String reason) {
        static LineJson of(AttendanceLine line) {
            return new LineJson(line.session().value(), line.type().value(), line.typeName(), line.date(), line.title(),
                    !line.cancelled(), line.status(), line.reason());
        }
    }

    public record RegistrantComplianceJson(long registrantId, String externalId, String name, LocalDate from,
                                           LocalDate to, List<TypeComplianceJson> perType, List<LineJson> attendance) {
    }

    /**
     * @param q         the start of an external id, or part of a name (one or two letters: the start of the name)
     * @param household the id of a household: its members
     */
    @GetMapping
    public ApiPage<RegistrantJson> search(@RequestParam(required = false) String q,
                                          @RequestParam(required = false) String area,
                                          @RequestParam(required = false) Long household,
                                          @RequestParam(required = false) String kind,
                                          @RequestParam(defaultValue = "false") boolean activeOnly,
                                          @RequestParam(required = false) Integer offset,
                                          @RequestParam(required = false) Integer limit,
                                          @RequestParam(required = false) List<String> sort) {
        Paging paging = Paging.of(offset, limit, sort, RegistrantFilter.SortProperty.class);
        RegistrantFilter filter = RegistrantFilter.text(q).withArea(area)
                .withGroup(household == null ? null : new RegistrantId(household))
                .withKind(kind == null ? null : Paging.parse("kind", kind, RegistrantKind.class));
        if (activeOnly) {
            filter = filter.onlyActive();
        }
        RegistrantCount count = search.count(filter);
        return new ApiPage<>(search.search(filter, paging.request()).stream().map(RegistrantJson::of).toList(),
                paging.offset(), paging.limit(), count.value(), count.exact());
    }

    @GetMapping("/{id}")
    public RegistrantJson get(@PathVariable long id) {
        return search.get(new RegistrantId(id)).map(RegistrantJson::of)
                .orElseThrow(() -> new NotFoundException("Registrant " + id + " does not exist"));
    }

    /** Per session type, the compliance over {@code from}..{@code to} (inclusive) and in each month or quarter. */
    @GetMapping("/{id}/compliance")
    public RegistrantComplianceJson compliance(@PathVariable long id, @RequestParam LocalDate from,
                                               @RequestParam LocalDate to) {
        var result = compliance.get(new RegistrantId(id), new Period(from, to));
        return new RegistrantComplianceJson(id, result.registrant().externalId(), result.registrant().name(),
                result.period().from(), result.period().to(),
                result.perType().stream().map(TypeComplianceJson::of).toList(),
                result.attendance().stream().map(LineJson::of).toList());
    }
}
