package org.vidnova.casualties.linkage;

import java.util.List;

/**
 * Records prepared for linkage, seen by index only: the list each came from, how two are compared, how they are
 * blocked. Victims' reports are one such input ({@link VictimReports#input()}); the FEBRL benchmark is another.
 *
 * @param lists for each record, the number of the list (source) it came from
 * @param comparisons the fields compared, at most ten
 * @param blockingKeys the keys whose blocks are united into the candidate pairs
 */
public record LinkageInput(int[] lists, List<Comparison> comparisons, List<BlockingKey> blockingKeys) {

    public int size() {
        return lists.length;
    }

    public int list(int record) {
        return lists[record];
    }
}
