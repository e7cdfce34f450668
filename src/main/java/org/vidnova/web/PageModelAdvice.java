package org.vidnova.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the name of the signed-in user ({@code signedInAs}, null for a visitor) and the map settings
 * ({@code mapSettings}).
 */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

    private final MapSettings mapSettings;

    PageModelAdvice(MapSettings mapSettings) {
        this.mapSettings = mapSettings;
    }

    @ModelAttribute("mapSettings")
    MapSettings mapSettings() {
        return mapSettings;
    }

    @ModelAttribute("signedInAs")
    String signedInAs() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                ? null : auth.getName();
    }
}
