package org.vidnova;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;

/**
 * Runs a Spring test class against the PostgreSQL server of {@code VIDNOVA_TEST_PG_URL}: put it on a subclass of
 * an H2 suite to run the same tests on PostgreSQL. Skips where the variable is unset, fails under CI=true.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PostgresDatabase.Required.class)
@Import(PostgresDatabase.Properties.class)
public @interface OnPostgres {
}
