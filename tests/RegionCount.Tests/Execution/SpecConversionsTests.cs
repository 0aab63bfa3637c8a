using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Execution;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Execution;

public sealed class SpecConversionsTests
{
    [Theory]
    [InlineData("smoke")]
    [InlineData("cpu")]
    [InlineData("paper")]
    public void The_planned_counts_of_every_run_are_at_the_epochs_the_trainer_measures(string profile)
    {
        foreach (var run in SweepPlanner.Plan(ProfileLoader.Load(profile)).Runs.Where(r => r.Config.Study is null))
        {
            var measured = SpecConversions.Training(run.Config, CPU, null).MeasurementEpochs();
            PlannedMeasurements.Of(run.Config).Select(p => p.Epoch).Distinct().Should().Equal(measured, run.Label);
        }
    }
}
