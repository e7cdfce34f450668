/**
 * Users, roles and sign-in. HTTP Basic (stateless) for {@code /api/**}, form login with CSRF for pages.
 * Modules declare their anonymous GET endpoints with {@link org.vidnova.identity.PublicPaths} beans; everything
 * else needs a signed-in user, and the role is checked on the controller method.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.vidnova.identity;
