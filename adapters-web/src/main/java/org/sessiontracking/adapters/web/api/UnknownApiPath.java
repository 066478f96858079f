package org.sessiontracking.adapters.web.api;

import org.sessiontracking.application.common.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any address under /api that no endpoint takes: a 404 problem detail, instead of the screens' "Page
 * not found" (the screens' servlet would answer every other address).
 */
@RestController
public class UnknownApiPath {

    @RequestMapping("/api/**")
    public void unknown() {
        throw new NotFoundException("There is no API resource at this address");
    }
}
