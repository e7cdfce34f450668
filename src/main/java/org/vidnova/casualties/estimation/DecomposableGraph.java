package org.vidnova.casualties.estimation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A decomposable (chordal) graph on the lists: an edge joins two lists that depend on each other. Decomposable
 * graphical models are the log-linear models whose marginal likelihood under a hyper-Dirichlet prior has a closed
 * form, the product over the cliques divided by the product over the separators — which is why Madigan and York
 * (1997) average over them. Vertex sets are bit masks, bit {@code i} for list {@code i}.
 *
 * @param k the number of lists
 * @param edges the edges as a bit mask over the pairs {@code (i, j)}, {@code i < j}, in lexicographic order
 * @param cliques the maximal cliques (isolated lists are cliques of one)
 * @param separators the non-empty separators of a junction tree, with their multiplicity
 * @param components the connected components
 */
public record DecomposableGraph(int k, int edges, List<Integer> cliques, List<Integer> separators, int components) {

    public DecomposableGraph {
        cliques = List.copyOf(cliques);
        separators = List.copyOf(separators);
    }

    /** All decomposable graphs on {@code k} labelled vertices: 2 for k = 2, 8, 61 and 822 for 3, 4 and 5. */
    static List<DecomposableGraph> all(int k) {
        int pairs = k * (k - 1) / 2;
        List<DecomposableGraph> graphs = new ArrayList<>();
        for (int edges = 0; edges < 1 << pairs; edges++) {
            int[] adjacency = adjacency(k, edges);
            if (chordal(k, adjacency)) {
                graphs.add(of(k, edges, adjacency));
            }
        }
        return graphs;
    }

    static int[] adjacency(int k, int edges) {
        int[] adjacency = new int[k];
        int bit = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if ((edges >> bit & 1) == 1) {
                    adjacency[i] |= 1 << j;
                    adjacency[j] |= 1 << i;
                }
                bit++;
            }
        }
        return adjacency;
    }

    /** Chordal if and only if vertices can be removed one by one, each simplicial (its neighbours all adjacent). */
    static boolean chordal(int k, int[] adjacency) {
        int remaining = (1 << k) - 1;
        boolean removed = true;
        while (remaining != 0 && removed) {
            removed = false;
            for (int v = 0; v < k; v++) {
                if ((remaining >> v & 1) == 1 && complete(adjacency[v] & remaining, adjacency)) {
                    remaining &= ~(1 << v);
                    removed = true;
                }
            }
        }
        return remaining == 0;
    }

    private static boolean complete(int set, int[] adjacency) {
        for (int v = 0; v < adjacency.length; v++) {
            if ((set >> v & 1) == 1 && (set & ~(1 << v) & ~adjacency[v]) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Cliques by brute force over vertex sets (k ≤ 5: 31 sets); separators from a maximum-weight spanning forest
     * of the cliques weighted by the size of their intersections, which is a junction tree for a chordal graph.
     */
    private static DecomposableGraph of(int k, int edges, int[] adjacency) {
        List<Integer> complete = new ArrayList<>();
        for (int set = 1; set < 1 << k; set++) {
            if (complete(set, adjacency)) {
                complete.add(set);
            }
        }
        List<Integer> cliques = new ArrayList<>();
        for (int set : complete) {
            boolean maximal = complete.stream().noneMatch(other -> other != set && (other & set) == set);
            if (maximal) {
                cliques.add(set);
            }
        }
        int m = cliques.size();
        List<int[]> links = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                links.add(new int[] {a, b, Integer.bitCount(cliques.get(a) & cliques.get(b))});
            }
        }
        links.sort(Comparator.comparingInt((int[] link) -> -link[2]));
        int[] root = new int[m];
        for (int i = 0; i < m; i++) {
            root[i] = i;
        }
        List<Integer> separators = new ArrayList<>();
        int components = m;
        for (int[] link : links) {
            if (link[2] == 0) {
                break;
            }
            int ra = find(root, link[0]);
            int rb = find(root, link[1]);
            if (ra != rb) {
                root[ra] = rb;
                separators.add(cliques.get(link[0]) & cliques.get(link[1]));
                components--;
            }
        }
        return new DecomposableGraph(k, edges, cliques, separators, components);
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            i = root[i];
        }
        return i;
    }

    /** The model in the lists' names, one bracket per clique: {@code [A,B][C]}. */
    String describe(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int clique : cliques) {
            text.append('[');
            boolean first = true;
            for (int v = 0; v < k; v++) {
                if ((clique >> v & 1) == 1) {
                    text.append(first ? "" : ",").append(names.get(v));
                    first = false;
                }
            }
            text.append(']');
        }
        return text.toString();
    }
}
