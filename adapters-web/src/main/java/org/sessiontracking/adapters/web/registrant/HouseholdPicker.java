package org.sessiontracking.adapters.web.registrant;

import com.vaadin.flow.component.combobox.ComboBox;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.RegistrantSummary.GroupRef;
import org.sessiontracking.application.registrant.port.in.SearchRegistrantsUseCase;
import org.sessiontracking.domain.registrant.RegistrantKind;

import java.util.List;

/**
 * Chooses a household by typing part of its name or the start of its external id; loads lazily
 * through the indexed registrant search, so it stays fast with a million registrants.
 */
public final class HouseholdPicker {

    private HouseholdPicker() {
    }

    public static ComboBox<GroupRef> create(String label, SearchRegistrantsUseCase search) {
        ComboBox<GroupRef> picker = new ComboBox<>(label);
        picker.setItemLabelGenerator(GroupRef::label);
        picker.setItems(query -> {
            RegistrantFilter households = RegistrantFilter.ALL.withKind(RegistrantKind.GROUP)
                    .withText(query.getFilter().orElse(""));
            PageRequest page = new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT),
                    List.of());
            return search.search(households, page).stream()
                    .map(household -> new GroupRef(household.id(), household.externalId(), household.fullName()));
        });
        picker.setClearButtonVisible(true);
        picker.setPlaceholder("Type a name or id");
        return picker;
    }
}
