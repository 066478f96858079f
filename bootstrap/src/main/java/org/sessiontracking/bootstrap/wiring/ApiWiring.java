package org.sessiontracking.bootstrap.wiring;

import org.sessiontracking.adapters.web.api.ApiErrors;
import org.sessiontracking.adapters.web.api.AttendanceApi;
import org.sessiontracking.adapters.web.api.EligibilityApi;
import org.sessiontracking.adapters.web.api.RegistrantsApi;
import org.sessiontracking.adapters.web.api.SessionTypesApi;
import org.sessiontracking.adapters.web.api.SessionsApi;
import org.sessiontracking.adapters.web.api.UnknownApiPath;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The REST API's controllers (web adapter, package {@code adapters.web.api}) on the same in-port beans as the screens. */
@Configuration(proxyBeanMethods = false)
@Import({ApiErrors.class, UnknownApiPath.class, SessionTypesApi.class, SessionsApi.class, AttendanceApi.class, RegistrantsApi.class,
        EligibilityApi.class})
public class ApiWiring {
}
