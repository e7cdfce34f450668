package org.vidnova.geo;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DistrictRepository {

    /** A district row with what only this module needs: its aliases and its boundary as GeoJSON. */
    record StoredDistrict(District district, String osmId, String populationSource, List<String> aliases,
            String boundaryGeoJson) {
    }

    private final JdbcClient jdbc;

    DistrictRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM geo_district").query(Long.class).single();
    }

    void insert(StoredDistrict stored) {
        District d = stored.district();
        jdbc.sql("""
                INSERT INTO geo_district (code, name_uk, name_en, name_ru, old_name_uk, old_name_ru, osm_id,
                    population, population_source, aliases, area_km2, boundary_geojson)
                VALUES (:code, :nameUk, :nameEn, :nameRu, :oldNameUk, :oldNameRu, :osmId,
                    :population, :populationSource, :aliases, :area, :boundary)""")
                .param("code", d.code()).param("nameUk", d.nameUk()).param("nameEn", d.nameEn())
                .param("nameRu", d.nameRu()).param("oldNameUk", d.oldNameUk()).param("oldNameRu", d.oldNameRu())
                .param("osmId", stored.osmId()).param("population", d.population())
                .param("populationSource", stored.populationSource())
                .param("aliases", String.join("|", stored.aliases()))
                .param("area", d.areaKm2()).param("boundary", stored.boundaryGeoJson())
                .update();
    }

    List<StoredDistrict> findAll() {
        return jdbc.sql("""
                SELECT code, name_uk, name_en, name_ru, old_name_uk, old_name_ru, osm_id, population,
                    population_source, aliases, area_km2, boundary_geojson
                FROM geo_district ORDER BY code""")
                .query((rs, n) -> {
                    Integer population = rs.getObject("population") == null ? null : rs.getInt("population");
                    String aliases = rs.getString("aliases");
                    return new StoredDistrict(new District(rs.getString("code"), rs.getString("name_uk"),
                            rs.getString("name_en"), rs.getString("name_ru"), rs.getString("old_name_uk"),
                            rs.getString("old_name_ru"), population, rs.getDouble("area_km2")),
                            rs.getString("osm_id"), rs.getString("population_source"),
                            aliases == null || aliases.isBlank() ? List.of() : List.of(aliases.split("\\|")),
                            rs.getString("boundary_geojson"));
                })
                .list();
    }

    long countStations() {
        return jdbc.sql("SELECT COUNT(*) FROM geo_metro_station").query(Long.class).single();
    }

    void insertStation(MetroStation s) {
        jdbc.sql("""
                INSERT INTO geo_metro_station (id, slug, line_code, line_name_uk, line_name_en, line_colour,
                    order_on_line, name_uk, name_en, former_name_uk, lat, lon, district_code)
                VALUES (:id, :slug, :lineCode, :lineNameUk, :lineNameEn, :lineColour, :order, :nameUk, :nameEn,
                    :formerNameUk, :lat, :lon, :districtCode)""")
                .param("id", s.id()).param("slug", s.slug()).param("lineCode", s.lineCode())
                .param("lineNameUk", s.lineNameUk()).param("lineNameEn", s.lineNameEn())
                .param("lineColour", s.lineColour()).param("order", s.orderOnLine()).param("nameUk", s.nameUk())
                .param("nameEn", s.nameEn()).param("formerNameUk", s.formerNameUk()).param("lat", s.lat())
                .param("lon", s.lon()).param("districtCode", s.districtCode())
                .update();
    }

    List<MetroStation> findAllStations() {
        return jdbc.sql("""
                SELECT id, slug, line_code, line_name_uk, line_name_en, line_colour, order_on_line, name_uk, name_en,
                    former_name_uk, lat, lon, district_code
                FROM geo_metro_station ORDER BY line_code, order_on_line""")
                .query((rs, n) -> new MetroStation(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getDouble(11), rs.getDouble(12), rs.getString(13)))
                .list();
    }
}
