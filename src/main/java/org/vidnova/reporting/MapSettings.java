package org.vidnova.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The map's background. With no tile URL (the default) the map needs no network: districts are drawn on a plain
 * background. {@code tileUrl} is an XYZ template such as {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}.
 */
@ConfigurationProperties("vidnova.map")
record MapSettings(String tileUrl, String tileAttribution) {
}
