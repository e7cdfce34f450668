package org.vidnova.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The site's style sheet ({@code static/css/vidnova.css}), read once, for pages that put it inline. */
final class SiteCss {

    static final String TEXT = read();

    private SiteCss() {
    }

    private static String read() {
        try (InputStream in = SiteCss.class.getResourceAsStream("/static/css/vidnova.css")) {
            if (in == null) {
                throw new IllegalStateException("static/css/vidnova.css is missing from the class path");
            }
            // Closing a style element inside it would end the element early; a style sheet never needs that text.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</", "<\\/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
