package org.vidnova.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} switch only to a language the pages are written in (uk, en); others are ignored. */
class SupportedLocaleGuard implements HandlerInterceptor {

    private final LocaleChangeInterceptor delegate;

    SupportedLocaleGuard(LocaleChangeInterceptor delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String lang = request.getParameter(delegate.getParamName());
        if (lang != null && LocaleConfig.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(lang))) {
            return delegate.preHandle(request, response, handler);
        }
        return true;
    }
}
