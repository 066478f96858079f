package org.sessiontracking.application.verification.usecase;

import org.sessiontracking.application.compliance.ComplianceCriteria;
import org.sessiontracking.application.compliance.Period;
import org.sessiontracking.application.compliance.port.out.ComplianceQuery;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.application.verification.FrozenRow;
import org.sessiontracking.application.verification.FrozenVersion;
import org.sessiontracking.application.verification.port.in.FrozenListUseCase;
import org.sessiontracking.application.verification.port.out.FrozenComplianceLists;
import org.sessiontracking.application.verification.port.out.VerificationPeriodRepository;
import org.sessiontracking.domain.compliance.CompliancePolicy;
import org.sessiontracking.domain.compliance.ComplianceStatus;
import org.sessiontracking.domain.user.Permission;
import org.sessiontracking.domain.verification.VerificationPeriod;
import org.sessiontracking.domain.verification.VerificationPeriodId;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

public final class ReadFrozenList implements FrozenListUseCase {

    private final FrozenComplianceLists frozen;
    private final VerificationPeriodRepository periods;
    private final ComplianceQuery live;
    private final SessionTypeRepository types;
    private final CurrentActor currentActor;

    public ReadFrozenList(FrozenComplianceLists frozen, VerificationPeriodRepository periods, ComplianceQuery live,
                          SessionTypeRepository types, CurrentActor currentActor) {
        this.frozen = frozen;
        this.periods = periods;
        this.live = live;
        this.types = types;
        this.currentActor = currentActor;
    }

    @Override
    public List<FrozenVersion> versions(VerificationPeriodId period) {
        currentActor.get().require(Permission.READ);
        return frozen.versions(period);
    }

    @Override
    public List<FrozenRow> page(VerificationPeriodId period, int version, boolean changedOnly, int offset, int limit) {
        currentActor.get().require(Permission.READ);
        return frozen.page(period, version, changedOnly, offset, limit);
    }

    @Override
    public int count(VerificationPeriodId period, int version, boolean changedOnly) {
        currentActor.get().require(Permission.READ);
        return frozen.count(period, version, changedOnly);
    }

    @Override
    public void export(VerificationPeriodId period, int version, Consumer<FrozenRow> row) {
        currentActor.get().require(Permission.READ);
        frozen.forEach(period, version, row);
    }

    @Override
    public Map<ComplianceStatus, Integer> liveTotals(VerificationPeriodId id) {
        currentActor.get().require(Permission.READ);
        VerificationPeriod period = PeriodLoader.load(periods, id);
        CompliancePolicy policy = PeriodLoader.policyNow(types, period.type());
        return live.totals(ComplianceCriteria.of(period.type(), new Period(period.from(), period.to())), policy);
    }
}
