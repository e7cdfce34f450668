package org.vidnova.recovery;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The projects as an OC4IDS project package (public open data, see {@link Oc4idsExport}). */
@RestController
class Oc4idsController {

    private final Oc4idsExport export;

    Oc4idsController(Oc4idsExport export) {
        this.export = export;
    }

    @GetMapping(Oc4idsExport.PATH)
    ResponseEntity<Map<String, Object>> projectPackage() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "inline; filename=\"recovery-projects.oc4ids.json\"")
                .body(export.projectPackage(base));
    }
}
