using System.Globalization;
using FluentAssertions;
using RegionCount.Theory;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Claims;

/// <summary>
/// T1: two-layer ReLU networks with squared loss trained by full-batch GD with step η end (when they converge) at
/// linearly stable minima, η·λ_max/2 ≤ 1, and the larger η, the fewer sign changes f has along the data line.
/// Design: <see cref="StabilityDesign.Smoke"/> (fixed before the first run); sign changes counted exactly on
/// [t₁, tₙ], the first to the last data point; trend by a one-sided Jonckheere–Terpstra permutation test over
/// converged runs, α = 0.05.
/// </summary>
[Claim("T1")]
[Collection(TorchCollection.Name)]
public sealed class T1_LinearStability(T1_LinearStability.Fixture fixture, ITestOutputHelper output) : IClassFixture<T1_LinearStability.Fixture>
{
    private const double Alpha = 0.05;

    [Fact]
    public void Converged_runs_are_linearly_stable()
    {
        Report();
        var converged = fixture.Result.Converged.ToList();
        converged.Should().NotBeEmpty("some runs must converge for the stability check to mean anything");
        double limit = 1 + fixture.Result.Design.StabilityTolerance;
        var unstable = converged.Where(r => !(r.StabilityRatio <= limit)).ToList();
        unstable.Should().BeEmpty($"every converged run must have η·λ_max/2 ≤ {limit.ToString(CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public void Larger_learning_rate_gives_no_more_sign_changes()
    {
        Report();
        fixture.Result.IncreasingTrendP.Should().BeGreaterThanOrEqualTo(Alpha,
            "sign changes must not increase with η (one-sided Jonckheere–Terpstra)");
    }

    [Fact]
    public void Larger_learning_rate_gives_fewer_sign_changes()
    {
        Report();
        fixture.Result.DecreasingTrendP.Should().BeLessThan(Alpha,
            "sign changes should decrease with η (one-sided Jonckheere–Terpstra)");
    }

    private void Report()
    {
        var r = fixture.Result;
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(c, "λ̄₀ = {0:G6}; JT p(decreasing) = {1:F4}, p(increasing) = {2:F4}", r.ReferenceSharpness, r.DecreasingTrendP, r.IncreasingTrendP));
        output.WriteLine("kappa  eta        conv div notc dead  signchanges mean [95%]     eta*lmax/2 mean [95%] max      train errors");
        foreach (var l in r.Levels)
        {
            output.WriteLine(string.Format(c, "{0,-6} {1,-10:G4} {2,4} {3,3} {4,4} {13,4}  {5,6:F3} [{6:F3}, {7:F3}]   {8:F4} [{9:F4}, {10:F4}] {11:F4}  {12:F2}",
                l.Kappa, l.Eta, l.Converged, l.Diverged, l.NotConverged, l.SignChanges.Mean, l.SignChanges.Lower, l.SignChanges.Upper,
                l.StabilityRatio.Mean, l.StabilityRatio.Lower, l.StabilityRatio.Upper, l.MaxStabilityRatio, l.MeanTrainErrors, l.Collapsed));
        }
    }

    /// <summary>Runs the smoke-scale simulation once for the class.</summary>
    public sealed class Fixture
    {
        public StabilityResult Result { get; } = StabilitySimulation.Run(StabilityDesign.Smoke, CPU);
    }
}
