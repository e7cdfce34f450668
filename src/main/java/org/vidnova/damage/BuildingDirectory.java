package org.vidnova.damage;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The damage register's buildings for other modules (recovery): their ids, district, use, heritage status and
 * current state, found by (source, external id) or by id. Read only; the register stays the damage module's.
 */
@Service
public class BuildingDirectory {

    /** A building as other modules see it; {@code currentGrade} is null when it was never assessed. */
    public record Entry(long id, String source, String externalId, String name, String address, double lat,
            double lon, String districtCode, BuildingUse use, Heritage heritage, Integer currentGrade) {

        static Entry of(Building b) {
            return new Entry(b.id(), b.source(), b.externalId(), b.name(), b.address(), b.lat(), b.lon(),
                    b.districtCode(), b.use(), b.heritage(), b.currentGrade());
        }

        /** Listed, or inside the protected old-town zone, as the damage register records it. */
        public boolean protectedHeritage() {
            return heritage != Heritage.NONE;
        }
    }

    private final BuildingRepository buildings;

    BuildingDirectory(BuildingRepository buildings) {
        this.buildings = buildings;
    }

    /** The stored buildings of {@code source} among these external ids, by external id, in one query. */
    @Transactional(readOnly = true)
    public Map<String, Entry> find(String source, Collection<String> externalIds) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String externalId : externalIds) {
            byKey.put(BatchImport.sourceKey(source, externalId), externalId);
        }
        Map<String, Entry> found = new LinkedHashMap<>();
        if (byKey.isEmpty()) {
            return found;
        }
        buildings.findByKeys(byKey.keySet()).forEach((key, b) -> found.put(byKey.get(key), Entry.of(b)));
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<Entry> find(long id) {
        return buildings.findById(id).map(Entry::of);
    }

    /** The buildings with these ids that exist, in the order given, in one query. */
    @Transactional(readOnly = true)
    public List<Entry> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Building> found = buildings.findByIds(ids);
        return ids.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).map(Entry::of).toList();
    }
}
