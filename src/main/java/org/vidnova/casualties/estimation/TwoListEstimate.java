package org.vidnova.casualties.estimation;

/**
 * The classical two-list estimates: if list A holds {@code a} people, list B {@code b}, and {@code m} are on both,
 * independence of the lists gives the total {@code a·b/m}.
 *
 * <p>Lincoln–Petersen is the maximum-likelihood estimate, infinite when {@code m = 0}; its variance is
 * {@code a·b·(a−m)(b−m)/m³}. Chapman's {@code (a+1)(b+1)/(m+1) − 1} is nearly unbiased and finite, with variance
 * {@code (a+1)(b+1)(a−m)(b−m)/((m+1)²(m+2))} (Seber 1982, p. 60). Both assume the two lists are independent and
 * that everyone has the same chance to be listed; neither holds for war dead, which is why k ≥ 3 lists and the
 * log-linear models exist.
 *
 * @param listA people on the first list
 * @param listB people on the second list
 * @param both people on both
 * @param lincolnPetersen {@code a·b/m}, {@code NaN} when {@code m = 0}
 * @param lincolnPetersenVariance its variance, {@code NaN} when {@code m = 0}
 * @param chapman Chapman's estimate
 * @param chapmanVariance its variance
 */
public record TwoListEstimate(long listA, long listB, long both, double lincolnPetersen,
        double lincolnPetersenVariance, double chapman, double chapmanVariance) {

    public static TwoListEstimate of(long a, long b, long m) {
        if (a < 0 || b < 0 || m < 0 || m > Math.min(a, b)) {
            throw new IllegalArgumentException("need 0 <= both <= min(listA, listB), got " + a + ", " + b + ", " + m);
        }
        double lp = m == 0 ? Double.NaN : (double) a * b / m;
        double lpVar = m == 0 ? Double.NaN : (double) a * b * (a - m) * (b - m) / ((double) m * m * m);
        double ch = (a + 1.0) * (b + 1.0) / (m + 1.0) - 1;
        double chVar = (a + 1.0) * (b + 1.0) * (a - m) * (b - m) / ((m + 1.0) * (m + 1.0) * (m + 2.0));
        return new TwoListEstimate(a, b, m, lp, lpVar, ch, chVar);
    }
}
