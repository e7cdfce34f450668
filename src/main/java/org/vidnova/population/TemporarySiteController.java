package org.vidnova.population;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vidnova.geo.Districts;

import tools.jackson.databind.JsonNode;

/** Temporary housing sites: registrars keep them, anyone reads them with their occupancy. */
@RestController
@RequestMapping("/api/v1/population/sites")
class TemporarySiteController {

    private final TemporarySites sites;
    private final Districts districts;

    TemporarySiteController(TemporarySites sites, Districts districts) {
        this.sites = sites;
        this.districts = districts;
    }

    @GetMapping
    List<TemporarySite> all() {
        return sites.all();
    }

    @GetMapping("/{id}")
    TemporarySite one(@PathVariable long id) {
        return sites.find(id).orElseThrow(() -> TemporarySites.notFound(id));
    }

    /** {@code {kind, name, district, places, accessible, lat, lon}}. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    ResponseEntity<TemporarySite> create(@RequestBody JsonNode body) {
        TemporarySite created = sites.create(TemporarySiteForm.read(body, districts));
        return ResponseEntity.created(URI.create("/api/v1/population/sites/" + created.id())).body(created);
    }

    @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('REGISTRAR')")
    TemporarySite replace(@PathVariable long id, @RequestBody JsonNode body) {
        return sites.update(id, TemporarySiteForm.read(body, districts));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('REGISTRAR')")
    ResponseEntity<Void> delete(@PathVariable long id) {
        sites.delete(id);
        return ResponseEntity.noContent().build();
    }
}
