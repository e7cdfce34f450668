package org.vidnova.damage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A versioned mapping from the classes each kind of assessor writes to the one Vidnova damage scale:
 * 0 none, 1 slight, 2 moderate, 3 severe, 4 destroyed. Every assessment stores its native class, the grade and
 * the version that gave it, so a later version never silently rewrites earlier figures. Plain Java, no Spring.
 *
 * <h2>Version 1</h2>
 * The Vidnova grades are read as follows: 1 slight, damage to finishes and non-load-bearing parts only (windows,
 * roof covering, plaster); 2 moderate, visible damage needing more than cosmetic repair, with at most slight harm
 * to the structure; 3 severe, structural damage (walls, floors, roof structure) with the building still standing;
 * 4 destroyed, collapsed in whole or in large part, or standing but beyond repair.
 * <ul>
 * <li><b>UNOSAT</b> (UNITAR satellite damage assessments; classes as defined in their map legends):
 * {@code destroyed} (most of the structure collapsed) is 4; {@code severe} (partial collapse, e.g. of the roof
 * or of walls) is 3; {@code moderate} (visible damage such as holes in roof or walls, debris, no collapse) is 2;
 * {@code possible} (signs of possible damage that the image cannot confirm) is 1, the least grade that still
 * counts the building as damaged: from above, an image cannot see inside, so "possible" is kept as a lower
 * bound rather than dropped as "none".</li>
 * <li><b>EMS-98</b> (European Macroseismic Scale 1998, G. Grünthal ed., damage grades of masonry and reinforced
 * concrete buildings): grade 1, negligible to slight damage (no structural damage, slight non-structural), is 1;
 * grade 2, moderate damage (slight structural, moderate non-structural), is 2; grade 3, substantial to heavy
 * damage (moderate structural, heavy non-structural), and grade 4, very heavy damage (heavy structural, partial
 * structural failure of roofs and floors), are both 3, since both leave a standing building whose structure needs
 * repair; grade 5, destruction (total or near-total collapse), is 4. Five grades meet four, so two EMS grades
 * share one: those that differ only in how much of a standing structure must be repaired.</li>
 * <li><b>Commission act</b> (the Ukrainian commission that surveys a damaged property, Cabinet of Ministers
 * procedure for surveying property damaged by hostilities): {@code current_repair} (restorable by current repair:
 * windows, roofing, finishes) is 1, as current repair by definition leaves load-bearing parts untouched;
 * {@code capital_repair} (restorable by capital repair or reconstruction: load-bearing parts damaged) is 3;
 * {@code destroyed} (not restorable) is 4. No act class maps to 2: an act does not separate slight from moderate
 * non-structural damage, and the lower grade is taken.</li>
 * <li><b>Vidnova</b> {@code vidnova:0} to {@code vidnova:4}: the grade itself, for assessors who grade directly.</li>
 * <li><b>Report</b> {@code report:damaged}: damage is reported (a citizen, a journalist, open sources) without
 * its extent. It is 1, the least grade that counts as damaged, so counts built on it are lower bounds.</li>
 * </ul>
 * Classes are written {@code scheme:class}, in any letter case; spaces and hyphens count as underscores.
 */
public final class Crosswalk {

    /** The grades of the Vidnova scale, by number. */
    public static final String[] GRADES = {"none", "slight", "moderate", "severe", "destroyed"};

    public static final Crosswalk V1 = new Crosswalk("v1", classes(
            "unosat:destroyed", 4, "unosat:severe", 3, "unosat:moderate", 2, "unosat:possible", 1,
            "ems98:1", 1, "ems98:2", 2, "ems98:3", 3, "ems98:4", 3, "ems98:5", 4,
            "commission:current_repair", 1, "commission:capital_repair", 3, "commission:destroyed", 4,
            "vidnova:0", 0, "vidnova:1", 1, "vidnova:2", 2, "vidnova:3", 3, "vidnova:4", 4,
            "report:damaged", 1));

    /** The version new assessments are graded with. */
    public static final Crosswalk CURRENT = V1;

    private final String version;
    private final Map<String, Integer> grades;

    private Crosswalk(String version, Map<String, Integer> grades) {
        this.version = version;
        this.grades = Collections.unmodifiableMap(grades);
    }

    public String version() {
        return version;
    }

    /** The Vidnova grade of a native class, or empty when this version does not know the class. */
    public OptionalInt grade(String nativeClass) {
        Integer grade = nativeClass == null ? null : grades.get(normalise(nativeClass));
        return grade == null ? OptionalInt.empty() : OptionalInt.of(grade);
    }

    /** The class as stored: lower case, underscores. */
    public static String normalise(String nativeClass) {
        return nativeClass.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_").replaceAll("_*:_*", ":");
    }

    /** The known classes and their grades, in the order above. */
    public Map<String, Integer> classes() {
        return grades;
    }

    /** The name of a grade: none, slight, moderate, severe, destroyed. */
    public static String label(int grade) {
        return GRADES[grade];
    }

    private static Map<String, Integer> classes(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
