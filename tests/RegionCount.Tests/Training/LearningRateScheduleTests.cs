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
}
