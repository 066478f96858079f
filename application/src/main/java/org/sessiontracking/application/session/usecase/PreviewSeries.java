package org.sessiontracking.application.session.usecase;

import org.sessiontracking.application.session.port.in.PreviewSeriesUseCase;
import org.sessiontracking.application.sessiontype.port.out.SessionTypeRepository;
import org.sessiontracking.application.user.port.out.CurrentActor;
import org.sessiontracking.domain.common.DomainException;
import org.sessiontracking.domain.user.Permission;

import java.time.LocalDate;
import java.util.List;

public final class PreviewSeries implements PreviewSeriesUseCase {

    private final SessionTypeRepository types;
    private final CurrentActor currentActor;

    public PreviewSeries(SessionTypeRepository types, CurrentActor currentActor) {
        this.types = types;
        this.currentActor = currentActor;
    }

    @Override
    public List<LocalDate> preview(Command command) {
        currentActor.get().require(Permission.CREATE_SESSIONS);
        return types.findById(command.type())
                .map(type -> command.schedule().dates(type.details().frequency()))
                .orElseThrow(() -> new DomainException("type", "Session type " + command.type().value()
                        + " does not exist"));
    }
}
