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

    [Theory]
    [InlineData(Variant.Embedded)]
    [InlineData(Variant.OneDimensional)]
    public void Converged_runs_are_linearly_stable(Variant variant)
    {
        var result = Report(variant);
        var converged = result.Converged.ToList();
        converged.Should().NotBeEmpty("some runs must converge for the stability check to mean anything");
        double limit = 1 + result.Design.StabilityTolerance;
        var unstable = converged.Where(r => !(r.StabilityRatio <= limit)).ToList();
        unstable.Should().BeEmpty($"every converged run must have η·λ_max/2 ≤ {limit.ToString(CultureInfo.InvariantCulture)}");
    }

    [Theory]
    [InlineData(Variant.Embedded)]
    [InlineData(Variant.OneDimensional)]
    public void Larger_learning_rate_gives_no_more_sign_changes(Variant variant)
    {
        Report(variant).IncreasingTrendP.Should().BeGreaterThanOrEqualTo(Alpha,
            "sign changes must not increase with η (one-sided Jonckheere–Terpstra)");
    }

    [Theory]
    [InlineData(Variant.Embedded)]
    [InlineData(Variant.OneDimensional)]
    public void Larger_learning_rate_gives_fewer_sign_changes(Variant variant)
    {
        Report(variant).DecreasingTrendP.Should().BeLessThan(Alpha,
            "sign changes should decrease with η (one-sided Jonckheere–Terpstra)");
    }

    /// <summary>The data line: embedded in 4-D with an offset (the smoke design), or the same design in 1-D.</summary>
    public enum Variant
    {
        Embedded,
        OneDimensional,
    }

    private StabilityResult Report(Variant variant)
    {
        var r = variant == Variant.Embedded ? fixture.Result : fixture.OneDimensional;
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(c, "{0}: λ̄₀ = {1:G6}; JT p(decreasing) = {2:F4}, p(increasing) = {3:F4}; exploratory, all non-diverged runs: p(decreasing) = {4:F4}",
            variant, r.ReferenceSharpness, r.DecreasingTrendP, r.IncreasingTrendP, r.DecreasingTrendPAtEnd));
        output.WriteLine("kappa  eta        conv div notc dead  signchanges mean [95%]     eta*lmax/2 mean [95%] max      train errors | all non-diverged: signchanges, eta*lmax/2");
        foreach (var l in r.Levels)
        {
            output.WriteLine(string.Format(c, "{0,-6} {1,-10:G4} {2,4} {3,3} {4,4} {13,4}  {5,6:F3} [{6:F3}, {7:F3}]   {8:F4} [{9:F4}, {10:F4}] {11:F4}  {12:F2}",
                l.Kappa, l.Eta, l.Converged, l.Diverged, l.NotConverged, l.SignChanges.Mean, l.SignChanges.Lower, l.SignChanges.Upper,
                l.StabilityRatio.Mean, l.StabilityRatio.Lower, l.StabilityRatio.Upper, l.MaxStabilityRatio, l.MeanTrainErrors, l.Collapsed)
                + string.Format(c, " | {0:F3} [{1:F3}, {2:F3}], {3:F4}", l.SignChangesAtEnd.Mean, l.SignChangesAtEnd.Lower, l.SignChangesAtEnd.Upper, l.StabilityRatioAtEnd.Mean));
        }
        return r;
    }

    [Fact]
    public void Toy_maps_are_computed_for_every_paper_learning_rate()
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine("toy (2000 full-batch GD steps, seed 0, 101×101 grid on [−2, 2]², 4-connectivity)");
        foreach (var map in fixture.Toy)
        {
            output.WriteLine(string.Format(c, "lr {0,-7:G4} regions {1,3}  final loss {2:F4}  train correct {3}/3", map.LearningRate, map.Regions, map.FinalLoss, map.TrainCorrect));
        }
        fixture.Toy.Select(m => m.LearningRate).Should().Equal(ToyMaps.PaperLearningRates);
        fixture.Toy.Should().OnlyContain(m => m.Labels.GetLength(0) == 101 && m.Labels.GetLength(1) == 101 && m.Regions >= 1);
    }

    /// <summary>
    /// Runs the smoke-scale simulation and the toy once for the class, single-threaded (the tensors are tiny; libtorch's
    /// thread pool costs ten times the work on a loaded 2-core machine).
    /// </summary>
    public sealed class Fixture
    {
        public Fixture()
        {
            int threads = get_num_threads();
            set_num_threads(1);
            try
            {
                Result = StabilitySimulation.Run(StabilityDesign.Smoke, CPU);
                OneDimensional = StabilitySimulation.Run(StabilityDesign.Smoke.OneDimensional(), CPU);
                Toy = ToyMaps.Compute(CPU);
            }
            finally
            {
                set_num_threads(threads);
            }
        }

        public StabilityResult Result { get; }

        public StabilityResult OneDimensional { get; }

        public IReadOnlyList<ToyMap> Toy { get; }
    }
}
