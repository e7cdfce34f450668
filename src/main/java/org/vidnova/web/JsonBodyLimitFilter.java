package org.vidnova.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON request bodies larger than {@code vidnova.limits.max-json-body} (default 1 MB) with a 413 problem
 * before anything reads them. Uploads (multipart, CSV) have their own, larger limits.
 */
@Component
class JsonBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    JsonBodyLimitFilter(@Value("${vidnova.limits.max-json-body:1MB}") DataSize max) {
        this.maxBytes = max.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        // Imports take files (GeoJSON too) and apply the upload limit instead.
        return type == null || !(type.startsWith(MediaType.APPLICATION_JSON_VALUE) || type.contains("+json"))
                || request.getRequestURI().endsWith("/imports");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("""
                    {"type":"about:blank","title":"Content Too Large","status":413,\
                    "detail":"The JSON body is larger than %d bytes.","errors":[{"field":"body",\
                    "message":"is larger than %d bytes"}]}""".formatted(maxBytes, maxBytes));
            return;
        }
        chain.doFilter(request, response);
    }
}
