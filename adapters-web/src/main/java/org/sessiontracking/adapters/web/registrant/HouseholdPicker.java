package org.sessiontracking.adapters.web.registrant;

import com.vaadin.flow.component.combobox.ComboBox;
import org.sessiontracking.application.common.PageRequest;
import org.sessiontracking.application.registrant.RegistrantFilter;
import org.sessiontracking.application.registrant.RegistrantSummary.GroupRef;
import org.sessiontracking.application.registrant.port.in.SearchRegistrantsUseCase;
import org.sessiontracking.domain.registrant.RegistrantId;
import org.sessiontracking.domain.registrant.RegistrantKind;

import java.util.List;

/**
 * Chooses a household (or one of a household's members) by typing part of its name or the start of its
 * external id; loads lazily through the indexed registrant search, so it stays fast with a million registrants.
 */
public final class HouseholdPicker {

    private HouseholdPicker() {
    }

    public static ComboBox<GroupRef> create(String label, SearchRegistrantsUseCase search) {
        return picker(label, search, RegistrantFilter.ALL.withKind(RegistrantKind.GROUP));
    }

    /** Chooses one of the household's members (inactive ones too: the registry decides who belongs). */
    public static ComboBox<GroupRef> member(String label, SearchRegistrantsUseCase search, RegistrantId household) {
        return picker(label, search, RegistrantFilter.ALL.withGroup(household));
    }

    private static ComboBox<GroupRef> picker(String label, SearchRegistrantsUseCase search, RegistrantFilter among) {
        ComboBox<GroupRef> picker = new ComboBox<>(label);
        picker.setItemLabelGenerator(GroupRef::label);
        picker.setItems(query -> {
            RegistrantFilter matching = among.withText(query.getFilter().orElse(""));
            PageRequest page = new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT),
                    List.of());
            return search.search(matching, page).stream()
                    .map(found -> new GroupRef(found.id(), found.externalId(), found.fullName()));
        });
        picker.setClearButtonVisible(true);
        picker.setPlaceholder("Type a name or id");
        return picker;
    }
}
