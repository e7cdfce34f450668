package org.vidnova.population;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.vidnova.population.estimate.Direction;

/** {@code population_registration}: households' registered moves. */
@Repository
class RegistrationTable extends FlowTable<RegistrationDraft> {

    RegistrationTable(JdbcTemplate jdbc) {
        super(jdbc, "population_registration", "population_registration", List.of("local_day", "district_code",
                "direction", "household_size", "other_place", "building_source", "building_external_id"));
    }

    @Override
    int bind(PreparedStatement ps, int i, RegistrationDraft d) throws SQLException {
        ps.setDate(i++, Date.valueOf(d.day()));
        ps.setString(i++, d.districtCode());
        ps.setString(i++, d.direction().code());
        ps.setInt(i++, d.householdSize());
        ps.setString(i++, d.otherPlace());
        ps.setString(i++, d.buildingSource());
        ps.setString(i++, d.buildingExternalId());
        return i;
    }

    @Override
    RegistrationDraft read(ResultSet rs, String externalId) throws SQLException {
        return new RegistrationDraft(externalId, rs.getDate("local_day").toLocalDate(), rs.getString("district_code"),
                Direction.parse(rs.getString("direction")).orElseThrow(), rs.getInt("household_size"),
                rs.getString("other_place"), rs.getString("building_source"), rs.getString("building_external_id"));
    }
}
