package org.vidnova.identity;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains: {@code /api/**} is stateless HTTP Basic without CSRF (answering 401/403 as problem details);
 * the pages use form login with CSRF. In both, only GETs that a module declared in {@link PublicPaths} are open to
 * anonymous callers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** Pages and resources every visitor may load. */
    private static final String[] PUBLIC_PAGES = {"/", "/login", "/error", "/webjars/**", "/css/**", "/js/**",
        "/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
        "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.REGISTRAR.name(), Role.ANALYST.name(), Role.PLANNER.name())
                .build();
    }

    /**
     * No observation (timer and span) per security filter and request: under load on a public endpoint it cost a
     * fifth of the CPU (JFR, docs/benchmarks.md) and told nothing the request metric does not.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * The nearest-shelter query passes no security filter at all: it is public, read-only and stateless, and it is
     * what every resident's phone asks at once when the sirens start, so its per-request cost is the city's
     * capacity (docs/benchmarks.md). Nothing in it depends on who asks.
     */
    @Bean
    WebSecurityCustomizer nearestShelterOutsideTheFilterChain() {
        return web -> web.ignoring().requestMatchers(HttpMethod.GET, "/api/v1/shelters/nearest");
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, List<PublicPaths> publicPaths, ProblemSecurityHandler problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> {
                    permitPublicGets(auth, publicPaths);
                    auth.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, List<PublicPaths> publicPaths) throws Exception {
        http.authorizeHttpRequests(auth -> {
                    auth.requestMatchers(PUBLIC_PAGES).permitAll();
                    permitPublicGets(auth, publicPaths);
                    auth.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
                    auth.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                // Basic too, so that a metrics scraper can sign in to /actuator/prometheus.
                .httpBasic(Customizer.withDefaults());
        return http.build();
    }

    private static void permitPublicGets(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
            List<PublicPaths> publicPaths) {
        for (PublicPaths paths : publicPaths) {
            for (String pattern : paths.reads()) {
                auth.requestMatchers(HttpMethod.GET, pattern).permitAll();
                auth.requestMatchers(HttpMethod.HEAD, pattern).permitAll();
            }
            for (String pattern : paths.writes()) {
                auth.requestMatchers(HttpMethod.POST, pattern).permitAll();
            }
        }
    }
}
