package org.vidnova.casualties.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins matched records into persons, strongest link first. Plain transitive closure would let one wrong link
 * chain two people (and everyone linked to each) into one; here two persons join only when a share of their
 * comparable record pairs, {@link LinkageSettings#coherence}, are matches themselves, no reviewer said any two of
 * their records are different people, and the joined person stays under {@link LinkageSettings#maxPersonRecords}.
 * A reviewer's "same" joins unconditionally unless it contradicts a "different".
 */
final class Clustering {

    private final LinkageInput input;
    private final LinkageSettings settings;
    private final int[] parent;
    private final List<int[]> members;
    private final Set<Long> different = new HashSet<>();
    private int[] linkStart;
    private int[] linkTarget;

    Clustering(LinkageInput input, LinkageSettings settings) {
        this.input = input;
        this.settings = settings;
        int n = input.size();
        parent = new int[n];
        members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(null);
        }
    }

    /**
     * Clusters the records.
     *
     * @param links matches (packed pairs) in order of decreasing probability
     * @param decisions reviewers' verdicts
     * @param refused receives the matches left unjoined
     * @return the person number of each record
     */
    int[] persons(long[] links, List<PairDecision> decisions, List<Long> refused) {
        index(links);
        for (PairDecision d : decisions) {
            if (d.verdict() == Verdict.DIFFERENT) {
                different.add(CandidatePairs.pair(d.first(), d.second()));
            }
        }
        for (PairDecision d : decisions) {
            if (d.verdict() == Verdict.SAME) {
                int a = find(d.first());
                int b = find(d.second());
                if (a != b && !contradicted(a, b)) {
                    union(a, b);
                }
            }
        }
        for (long link : links) {
            int a = find(CandidatePairs.first(link));
            int b = find(CandidatePairs.second(link));
            if (a == b) {
                continue;
            }
            if (size(a) + size(b) <= settings.maxPersonRecords() && !contradicted(a, b) && coherent(a, b)) {
                union(a, b);
            } else {
                refused.add(link);
            }
        }
        int[] person = new int[parent.length];
        int[] number = new int[parent.length];
        Arrays.fill(number, -1);
        int persons = 0;
        for (int i = 0; i < parent.length; i++) {
            int root = find(i);
            if (number[root] < 0) {
                number[root] = persons++;
            }
            person[i] = number[root];
        }
        return person;
    }

    /** The matches of each record, as adjacency lists in two arrays. */
    private void index(long[] links) {
        int n = parent.length;
        linkStart = new int[n + 1];
        for (long link : links) {
            linkStart[CandidatePairs.first(link) + 1]++;
            linkStart[CandidatePairs.second(link) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            linkStart[i + 1] += linkStart[i];
        }
        linkTarget = new int[linkStart[n]];
        int[] fill = Arrays.copyOf(linkStart, n);
        for (long link : links) {
            int a = CandidatePairs.first(link);
            int b = CandidatePairs.second(link);
            linkTarget[fill[a]++] = b;
            linkTarget[fill[b]++] = a;
        }
    }

    private boolean coherent(int a, int b) {
        int[] small = membersOf(a);
        int[] large = membersOf(b);
        if (small.length == 1 && large.length == 1) {
            return true;
        }
        if (small.length > large.length) {
            int[] t = small;
            small = large;
            large = t;
        }
        int other = find(large[0]);
        long comparable = 0;
        for (int x : small) {
            for (int y : large) {
                if (!settings.acrossListsOnly() || input.list(x) != input.list(y)) {
                    comparable++;
                }
            }
        }
        long matched = 0;
        for (int x : small) {
            for (int t = linkStart[x]; t < linkStart[x + 1]; t++) {
                if (find(linkTarget[t]) == other) {
                    matched++;
                }
            }
        }
        return matched >= settings.coherence() * comparable;
    }

    private boolean contradicted(int a, int b) {
        if (different.isEmpty()) {
            return false;
        }
        for (int x : membersOf(a)) {
            for (int y : membersOf(b)) {
                if (different.contains(CandidatePairs.pair(x, y))) {
                    return true;
                }
            }
        }
        return false;
    }

    private int[] membersOf(int root) {
        int[] m = members.get(root);
        return m == null ? new int[] {root} : m;
    }

    private int size(int root) {
        int[] m = members.get(root);
        return m == null ? 1 : m.length;
    }

    private void union(int a, int b) {
        int[] ma = membersOf(a);
        int[] mb = membersOf(b);
        int[] joined = Arrays.copyOf(ma, ma.length + mb.length);
        System.arraycopy(mb, 0, joined, ma.length, mb.length);
        int root = ma.length >= mb.length ? a : b;
        int child = root == a ? b : a;
        parent[child] = root;
        members.set(child, null);
        members.set(root, joined);
    }

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
