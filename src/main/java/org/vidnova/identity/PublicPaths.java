package org.vidnova.identity;

import java.util.List;

/**
 * Path patterns (Spring MVC patterns) a module opens to anonymous callers: {@code reads} for GET and HEAD,
 * {@code writes} for POST (e.g. a resident's report). Declare one bean per module; anything not listed requires
 * a signed-in user.
 */
public record PublicPaths(List<String> reads, List<String> writes) {

    public static PublicPaths of(String... reads) {
        return new PublicPaths(List.of(reads), List.of());
    }

    public PublicPaths andPosts(String... writes) {
        return new PublicPaths(reads, List.of(writes));
    }
}
