package org.vidnova.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;

/** Tells a GeoJSON upload from a CSV one: by declared type or file name, else by its first character. */
public final class UploadFormat {

    /** The upload, re-readable from its start, and whether it is GeoJSON. */
    public record Sniffed(InputStream in, boolean geoJson) {
    }

    private UploadFormat() {
    }

    public static Sniffed sniff(InputStream in, String contentType, String fileName) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (type.contains("json") || name.endsWith(".geojson") || name.endsWith(".json")) {
            return new Sniffed(in, true);
        }
        if (type.contains("csv") || name.endsWith(".csv")) {
            return new Sniffed(in, false);
        }
        try {
            PushbackInputStream peek = new PushbackInputStream(in, 64);
            byte[] head = new byte[64];
            int n = peek.read(head);
            if (n > 0) {
                peek.unread(head, 0, n);
            }
            for (int i = 0; i < n; i++) {
                int b = head[i] & 0xFF;
                if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
                    continue;
                }
                return new Sniffed(peek, b == '{');
            }
            return new Sniffed(peek, false);
        } catch (IOException e) {
            throw CsvUpload.unreadable("file", "cannot be read");
        }
    }
}
