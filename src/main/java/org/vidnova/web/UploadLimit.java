package org.vidnova.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Caps how much of an uploaded body an import reads, whether or not the client announced its length: past the
 * limit the import stops with a 413 problem (and, being one transaction, changes nothing).
 */
public final class UploadLimit {

    private UploadLimit() {
    }

    public static ApiProblem tooLarge(long maxBytes) {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large",
                "The upload is larger than " + maxBytes + " bytes.",
                List.of(FieldError.of("file", "is larger than " + maxBytes + " bytes")));
    }

    public static InputStream bounded(InputStream in, long declaredLength, long maxBytes) {
        if (declaredLength > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > maxBytes) {
                    throw tooLarge(maxBytes);
                }
            }
        };
    }
}
