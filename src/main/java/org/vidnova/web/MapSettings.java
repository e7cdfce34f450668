package org.vidnova.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The map's background. With no tile URL (the default) the map needs no network: districts are drawn on a plain
 * background. {@code tileUrl} is an XYZ template such as {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}.
 */
@ConfigurationProperties("vidnova.map")
public record MapSettings(String tileUrl, String tileAttribution) {

    public MapSettings {
        tileUrl = tileUrl == null ? "" : tileUrl;
        tileAttribution = tileAttribution == null ? "" : tileAttribution;
    }
}
