using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Training;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Training;

public sealed class LearningRateScheduleTests
{
    [Theory]
    [InlineData(0, 0.1)]            // cos 0 = 1
    [InlineData(50, 0.05)]          // cos π/2 = 0
    [InlineData(100, 0.0)]          // cos π = −1
    [InlineData(25, 0.1 * (1 + 0.70710678118654752) / 2)]
    public void Cosine_matches_the_closed_form_at_hand_computed_points(int t, double expected) =>
        LearningRateSchedule.At(ScheduleKind.Cosine, 0.1, t, 100).Should().BeApproximately(expected, 1e-15);

    [Fact]
    public void Cosine_with_a_minimum_follows_eta_min_plus_the_scaled_half_cosine()
    {
        for (int t = 0; t <= 20; t++)
        {
            double expected = 0.01 + ((0.5 - 0.01) * (1 + Math.Cos(Math.PI * t / 20)) / 2);
            LearningRateSchedule.At(ScheduleKind.Cosine, 0.5, t, 20, 0.01).Should().BeApproximately(expected, 1e-15);
        }
    }

    [Fact]
    public void Constant_keeps_the_initial_rate_and_epoch_one_trains_with_the_initial_rate()
    {
        LearningRateSchedule.At(ScheduleKind.Constant, 0.3, 7, 10).Should().Be(0.3);
        LearningRateSchedule.ForEpoch(ScheduleKind.Cosine, 0.3, 1, 10).Should().Be(0.3);
        LearningRateSchedule.ForEpoch(ScheduleKind.Cosine, 0.3, 10, 10).Should().BeGreaterThan(0, "the last epoch trains with η(T − 1)");
    }

    [Fact]
    public void Cosine_agrees_with_torchsharps_recursive_cosine_annealing_lr_stepped_once_per_epoch()
    {
        using var weight = nn.Parameter(zeros(3));
        using var sgd = optim.SGD([weight], 0.1, momentum: 0.9);
        var scheduler = optim.lr_scheduler.CosineAnnealingLR(sgd, 30);
        for (int t = 0; t < 30; t++)
        {
            sgd.ParamGroups.First().LearningRate.Should().BeApproximately(
                LearningRateSchedule.At(ScheduleKind.Cosine, 0.1, t, 30), 1e-12, $"after {t} steps");
            sgd.step();
            scheduler.step();
        }
    }

    /// <summary>The authors' ViT schedule at its boundaries (lr 1e-4, floor 1e-5, warmup 5, 200 epochs; epoch = 1-based).</summary>
    [Theory]
    [InlineData(1, 0.0)]                  // GradualWarmupScheduler(multiplier 1) starts at 0: the first epoch does not move
    [InlineData(2, 0.2e-4)]               // 1/5 of the way
    [InlineData(6, 1e-4)]                 // end of the warmup: t = W = 5
    [InlineData(7, 1e-4)]                 // the wrapped cosine's step 0
    [InlineData(8, 1e-5 + (0.9e-4 * (1 + 0.99987663248166059) / 2))]   // cos(π/200)
    [InlineData(200, 1e-5 + (0.9e-4 * (1 + -0.99396095545517960) / 2))] // last epoch: cos(π·193/200), not yet the floor
    public void Warmup_cosine_matches_the_authors_composition_at_its_boundaries(int epoch, double expected)
    {
        var options = new TrainingOptions
        {
            Optimizer = OptimizerKind.Adam,
            LearningRate = 1e-4,
            Epochs = 200,
            Schedule = ScheduleKind.WarmupCosine,
            WarmupEpochs = 5,
            MinLearningRate = 1e-5,
        };

        LearningRateSchedule.ForEpoch(options, epoch).Should().BeApproximately(expected, 1e-17);
    }

    [Fact]
    public void Warmup_cosine_without_warmup_is_cosine_to_the_floor_and_a_learning_rate_at_the_floor_stays_there()
    {
        for (int t = 0; t < 10; t++)
        {
            LearningRateSchedule.At(ScheduleKind.WarmupCosine, 0.5, t, 10, 0.01, warmup: 0)
                .Should().Be(LearningRateSchedule.At(ScheduleKind.Cosine, 0.5, t, 10, 0.01));
            // The authors' lr 1e-5 with floor 1e-5: after the warmup the rate is flat.
            if (t > 3)
            {
                LearningRateSchedule.At(ScheduleKind.WarmupCosine, 1e-5, t, 10, 1e-5, warmup: 3).Should().BeApproximately(1e-5, 1e-20);
            }
        }
    }

    [Fact]
    public void Warmup_cosine_agrees_with_torchsharps_recursive_cosine_annealing_lr_after_a_linear_warmup()
    {
        // The authors' composition, stepped once per epoch: the warmup sets η₀·t/W for t ≤ W; from t = W + 1 the wrapped
        // CosineAnnealingLR(T_max = epochs, eta_min) runs from its own step 0.
        const int epochs = 40, warmup = 5;
        const double initial = 1e-3, floor = 1e-5;
        using var weight = nn.Parameter(zeros(3));
        using var adam = optim.Adam([weight], initial);
        for (int t = 0; t <= warmup; t++)
        {
            LearningRateSchedule.At(ScheduleKind.WarmupCosine, initial, t, epochs, floor, warmup).Should().BeApproximately(initial * t / warmup, 1e-18);
        }
        var scheduler = optim.lr_scheduler.CosineAnnealingLR(adam, epochs, floor);
        for (int t = warmup + 1; t < epochs; t++)
        {
            adam.ParamGroups.First().LearningRate.Should().BeApproximately(
                LearningRateSchedule.At(ScheduleKind.WarmupCosine, initial, t, epochs, floor, warmup), 1e-15, $"after {t} steps");
            adam.step();
            scheduler.step();
        }
    }
}
