package org.sessiontracking.adapters.web.attendance;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** Somewhere to navigate to, to see whether leaving the Attendance tab asks first. */
@Route("elsewhere")
public class OtherTestView extends Div {
}
