package org.vidnova.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Ukrainian by default; English on {@code ?lang=en} (remembered in a cookie) or when the browser asks for it
 * in Accept-Language ahead of Ukrainian.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    static final List<Locale> SUPPORTED = List.of(UKRAINIAN, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("vidnova-lang");
        resolver.setDefaultLocaleFunction(request -> {
            if (request.getHeader("Accept-Language") == null) {
                return UKRAINIAN;
            }
            var it = request.getLocales();
            while (it.hasMoreElements()) {
                Locale asked = it.nextElement();
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(asked.getLanguage())) {
                        return supported;
                    }
                }
            }
            return UKRAINIAN;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedLocaleGuard(change)).addPathPatterns("/**");
    }
}
