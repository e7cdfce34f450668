package org.vidnova.population;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.vidnova.population.estimate.Direction;

/** {@code population_count}: external sources' counts of people moving. */
@Repository
class CountTable extends FlowTable<CountDraft> {

    CountTable(JdbcTemplate jdbc) {
        super(jdbc, "population_count", "population_count", List.of("local_day", "district_code", "direction",
                "people", "low", "high"));
    }

    @Override
    int bind(PreparedStatement ps, int i, CountDraft d) throws SQLException {
        ps.setDate(i++, Date.valueOf(d.day()));
        ps.setString(i++, d.districtCode());
        ps.setString(i++, d.direction().code());
        ps.setInt(i++, d.people());
        ps.setInt(i++, d.low());
        ps.setInt(i++, d.high());
        return i;
    }

    @Override
    CountDraft read(ResultSet rs, String externalId) throws SQLException {
        return new CountDraft(externalId, rs.getDate("local_day").toLocalDate(), rs.getString("district_code"),
                Direction.parse(rs.getString("direction")).orElseThrow(), rs.getInt("people"), rs.getInt("low"),
                rs.getInt("high"));
    }
}
