package org.vidnova.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UserAccountRepository {

    /** A stored user with the hash, for sign-in only. */
    record StoredUser(UserAccount account, String passwordHash) {
    }

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String passwordHash, Set<Role> roles) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO identity_user (username, password_hash, enabled, created_at)
                VALUES (:username, :hash, TRUE, :now)""")
                .param("username", username)
                .param("hash", passwordHash)
                .param("now", Timestamp.from(Instant.now()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO identity_user_role (user_id, role) VALUES (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
        return id;
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM identity_user WHERE username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    Optional<StoredUser> findByUsername(String username) {
        return findWhere("u.username = :u", Map.of("u", username)).stream().findFirst();
    }

    List<UserAccount> findAll() {
        return findWhere("1 = 1", Map.of()).stream().map(StoredUser::account).toList();
    }

    private List<StoredUser> findWhere(String condition, Map<String, Object> params) {
        Map<Long, StoredUser> users = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT u.id, u.username, u.password_hash, u.enabled, u.created_at, r.role
                FROM identity_user u LEFT JOIN identity_user_role r ON r.user_id = u.id
                WHERE %s ORDER BY u.username, r.role""".formatted(condition))
                .params(params)
                .query(rs -> {
                    long id = rs.getLong("id");
                    StoredUser user = users.get(id);
                    if (user == null) {
                        user = new StoredUser(new UserAccount(id, rs.getString("username"),
                                EnumSet.noneOf(Role.class), rs.getBoolean("enabled"),
                                rs.getTimestamp("created_at").toInstant()), rs.getString("password_hash"));
                        users.put(id, user);
                    }
                    String role = rs.getString("role");
                    if (role != null) {
                        user.account().roles().add(Role.valueOf(role));
                    }
                });
        return List.copyOf(users.values());
    }
}
