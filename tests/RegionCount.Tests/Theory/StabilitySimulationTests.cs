using FluentAssertions;
using RegionCount.Theory;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Theory;

[Collection(TorchCollection.Name)]
public sealed class StabilitySimulationTests : SingleThreaded
{
    private static readonly StabilityDesign Tiny = new(
        Points: 8,
        BlockSize: 2,
        Dimension: 4,
        OffsetNorm: 0.5,
        Width: 6,
        Kappas: [0.5, 8],
        Seeds: [1, 2],
        MaxSteps: 300,
        GradientTolerance: 1e-5,
        LossTolerance: 1e-8,
        BlowUpLoss: 1e4,
        CheckEvery: 10,
        DataSeed: 2025);

    [Fact]
    public void The_same_seeds_give_the_same_runs_and_other_seeds_do_not()
    {
        var a = StabilitySimulation.Run(Tiny, CPU);
        var b = StabilitySimulation.Run(Tiny, CPU);
        var c = StabilitySimulation.Run(Tiny with { Seeds = [3, 4] }, CPU);

        b.Runs.Should().Equal(a.Runs);
        b.ReferenceSharpness.Should().Be(a.ReferenceSharpness);
        c.ReferenceSharpness.Should().NotBe(a.ReferenceSharpness);
        a.Runs.Should().HaveCount(4);
        a.Runs.Select(r => r.Level).Distinct().Should().HaveCount(2);
    }

    [Fact]
    public void A_network_is_the_same_whatever_else_is_in_the_batch()
    {
        using var alone = ReluNetBatch.Initialize([7], 4, 3, CPU);
        using var together = ReluNetBatch.Initialize([5, 7], 4, 3, CPU);

        together.Export(1).W.Should().Equal(alone.Export(0).W);
        together.Export(1).A.Should().Equal(alone.Export(0).A);
    }

    [Fact]
    public void A_step_far_beyond_two_over_sharpness_diverges_or_kills_every_unit()
    {
        var result = StabilitySimulation.Run(Tiny with { Kappas = [0.5, 50] }, CPU);

        result.Runs.Where(r => r.Level == 1).Should().OnlyContain(r => r.Status == RunStatus.Diverged
            || (r.Status == RunStatus.Converged && r.Collapsed && r.GradientNorm == 0 && r.TopEigenvalue == 0));
        result.Runs.Where(r => r.Level == 0).Should().NotContain(r => r.Status == RunStatus.Diverged);
    }

    [Fact]
    public void Rejects_a_bad_design_listing_every_problem()
    {
        var act = () => StabilitySimulation.Run(Tiny with { Kappas = [1], Seeds = [1, 1] }, CPU);

        act.Should().Throw<ArgumentException>().WithMessage("stability design: Kappas*; Seeds*");
    }
}
