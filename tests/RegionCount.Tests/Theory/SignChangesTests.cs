using FluentAssertions;
using RegionCount.Theory;
using Xunit;

namespace RegionCount.Tests.Theory;

public sealed class SignChangesTests
{
    // f(t) = relu(t + 1) − 3·relu(t) + 5·relu(t − 0.75) on [−1, 1]: 1 − 2t on [0, 0.75] (root 0.5),
    // 3t − 2.75 on [0.75, 1] (root 11/12); f(−1) = 0. Derived by hand: exactly 2 sign changes.
    private static readonly double[] P = [1, 1, 1];
    private static readonly double[] Q = [1, 0, -0.75];

    [Fact]
    public void Counts_a_hand_computed_network_exactly()
    {
        SignChanges.Exact(P, Q, [1, -3, 5], -1, 1).Should().Be(2);
        SignChanges.Exact(P, Q, [1, -3, 5], -1, 0.9).Should().Be(1);
    }

    [Fact]
    public void A_zero_touched_at_a_knot_is_not_a_sign_change()
    {
        // 1 − 2t on [0, 0.5] reaches 0 at t = 0.5, then 1 − 2t + 4(t − 0.5) = 2t − 1 > 0: no sign change.
        SignChanges.Exact([1, 1, 1], [1, 0, -0.5], [1, -3, 4], -1, 1).Should().Be(0);
    }

    [Fact]
    public void A_dense_grid_never_sees_more_and_sees_the_same_on_generic_networks()
    {
        var random = new Random(5);
        int equal = 0;
        const int Nets = 200;
        for (int n = 0; n < Nets; n++)
        {
            int m = 1 + random.Next(12);
            var p = Draw(random, m);
            var q = Draw(random, m);
            var a = Draw(random, m);
            int exact = SignChanges.Exact(p, q, a, -1, 1);
            int grid = SignChanges.OnGrid(p, q, a, -1, 1, 20_001);
            grid.Should().BeLessThanOrEqualTo(exact);
            SignChanges.OnGrid(p, q, a, -1, 1, 7).Should().BeLessThanOrEqualTo(exact);
            equal += grid == exact ? 1 : 0;
        }
        equal.Should().BeGreaterThanOrEqualTo(Nets * 95 / 100, "a 20 001-point grid misses only sign changes closer than 1e-4");
    }

    [Fact]
    public void Restricting_to_the_line_matches_the_network_in_d_dimensions()
    {
        var line = LineData.Create(8, 2, 3, 0.5, seed: 1);
        double[] w = [0.3, -1.2, 0.7, 1.1, 0.4, -0.2];
        double[] b = [0.1, -0.3];
        double[] a = [1.5, -0.8];
        var (p, q) = SignChanges.Restrict(w, b, line);
        foreach (double t in new[] { -0.9, 0.2, 0.77 })
        {
            var x = Enumerable.Range(0, 3).Select(k => (t * line.Direction[k]) + line.Offset[k]).ToArray();
            double direct = 0;
            for (int j = 0; j < 2; j++)
            {
                direct += a[j] * Math.Max(0, (w[j * 3] * x[0]) + (w[(j * 3) + 1] * x[1]) + (w[(j * 3) + 2] * x[2]) + b[j]);
            }
            SignChanges.Evaluate(p, q, a, t).Should().BeApproximately(direct, 1e-12);
        }
    }

    [Fact]
    public void Rejects_an_empty_interval()
    {
        var act = () => SignChanges.Exact(P, Q, [1, 1, 1], 1, 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("sign changes: *");
    }

    private static double[] Draw(Random random, int m) => [.. Enumerable.Range(0, m).Select(_ => (random.NextDouble() * 2) - 1)];
}
