package org.eventscope.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringTest {

    @Test
    void nearbyItemsShareAClusterWithTheirCountAndSpan() {
        double[] x = {10, 20, 60, 200, 210};
        long[] from = {100, 200, 50, 900, 950};
        long[] to = {150, 260, 70, 990, 960};
        List<Clustering.Cluster> clusters = Clustering.byWidth(x, from, to, 5, 56);
        assertThat(clusters)
                .containsExactly(
                        new Clustering.Cluster(10, 60, 3, 50, 260), new Clustering.Cluster(200, 210, 2, 900, 990));
        assertThat(clusters.get(0).centerX()).isEqualTo(35);
    }

    @Test
    void everyItemIsInExactlyOneClusterAndNoClusterIsWiderThanAsked() {
        int n = 10_000;
        double[] x = new double[n];
        long[] from = new long[n];
        long[] to = new long[n];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble() * 1920;
        }
        java.util.Arrays.sort(x);
        List<Clustering.Cluster> clusters = Clustering.byWidth(x, from, to, n, 40);
        assertThat(clusters.stream().mapToInt(Clustering.Cluster::count).sum()).isEqualTo(n);
        assertThat(clusters).allMatch(c -> c.maxX() - c.minX() < 40);
        for (int i = 1; i < clusters.size(); i++) {
            assertThat(clusters.get(i).minX())
                    .isGreaterThanOrEqualTo(clusters.get(i - 1).maxX());
        }
    }

    @Test
    void onlyTheFirstCountItemsAreUsed() {
        assertThat(Clustering.byWidth(new double[] {1, 2, 3}, new long[3], new long[3], 0, 10))
                .isEmpty();
        assertThat(Clustering.byWidth(new double[] {1, 2, 300}, new long[3], new long[3], 2, 10))
                .hasSize(1);
    }
}
