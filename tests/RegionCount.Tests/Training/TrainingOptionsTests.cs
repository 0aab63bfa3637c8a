using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Training;
using Xunit;

namespace RegionCount.Tests.Training;

public sealed class TrainingOptionsTests
{
    [Fact]
    public void Default_measurements_are_every_ten_epochs_with_zero_and_the_last()
    {
        new TrainingOptions { Epochs = 25 }.MeasurementEpochs().Should().Equal(0, 10, 20, 25);
        new TrainingOptions { Epochs = 200 }.MeasurementEpochs().Should().HaveCount(21).And.StartWith(0).And.EndWith(200);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var options = new TrainingOptions { LearningRate = -1, BatchSize = 0, Epochs = 5, MeasureAt = [7], MixupAlpha = -2 };

        var problems = options.Problems();

        problems.Should().HaveCount(4);
        problems.Should().Contain(p => p.StartsWith("learning rate", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("batch size", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("mixup alpha", StringComparison.Ordinal))
            .And.Contain("measure at: epoch 7 is outside 0..5");
        options.Invoking(o => o.Validate()).Should().Throw<ArgumentException>().Which.Message.Should().StartWith("training options: ");
    }

    [Fact]
    public void The_paper_recipe_is_the_default_optimizer_setting()
    {
        var options = new TrainingOptions();
        options.Optimizer.Should().Be(OptimizerKind.Sgd);
        options.Momentum.Should().Be(0.9);
        options.Schedule.Should().Be(ScheduleKind.Cosine);
        options.Augment.Should().BeFalse();
        options.MixupAlpha.Should().Be(0);
        options.Problems().Should().BeEmpty();
    }

    [Theory]
    [InlineData(ScheduleKind.WarmupCosine, 5, 1e-5, null)]
    [InlineData(ScheduleKind.WarmupCosine, null, 1e-5, "warmup epochs: the warmup-cosine schedule needs 0 ≤ warmup < epochs (200), got nothing")]
    [InlineData(ScheduleKind.WarmupCosine, 200, 1e-5, "warmup epochs: the warmup-cosine schedule needs 0 ≤ warmup < epochs (200), got 200")]
    [InlineData(ScheduleKind.WarmupCosine, 5, null, "min learning rate: the warmup-cosine schedule needs a floor in [0, learning rate 0.0001], got nothing")]
    [InlineData(ScheduleKind.WarmupCosine, 5, 1e-3, "min learning rate: the warmup-cosine schedule needs a floor in [0, learning rate 0.0001], got 0.001")]
    [InlineData(ScheduleKind.Cosine, 5, null, "warmup epochs: only the warmup-cosine schedule reads it (schedule Cosine)")]
    [InlineData(ScheduleKind.Constant, null, 1e-5, "min learning rate: only the warmup-cosine schedule reads it (schedule Constant)")]
    public void The_warmup_and_the_floor_belong_to_the_warmup_cosine_schedule_one_problem_each(ScheduleKind schedule, int? warmup, double? floor, string? problem)
    {
        var options = new TrainingOptions { LearningRate = 1e-4, Epochs = 200, Schedule = schedule, WarmupEpochs = warmup, MinLearningRate = floor };

        if (problem is null)
        {
            options.Problems().Should().BeEmpty();
        }
        else
        {
            options.Problems().Should().ContainSingle().Which.Should().Be(problem);
        }
    }
}
