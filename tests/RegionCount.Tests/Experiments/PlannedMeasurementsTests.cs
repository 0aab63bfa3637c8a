using FluentAssertions;
using RegionCount.Experiments;
using Xunit;

namespace RegionCount.Tests.Experiments;

public sealed class PlannedMeasurementsTests
{
    /// <summary>A 5-epoch run measured at epoch 2, with a segment and a 2-simplex probe setting.</summary>
    internal static RunConfig Config() => new(RunConfig.CurrentFormatVersion,
        new DatasetSpec { Name = "moons" }, new ModelSpec { Name = "mlp" },
        new RunHyperparameters(0.1, 16, 0, OptimizerKind.Sgd, 0.9, ScheduleKind.Cosine, 5, AugmentationKind.None, 0), 0, [2],
        [new ProbeSpec { Kind = ProbeKind.Segment }, new ProbeSpec { Kind = ProbeKind.Simplex, Dimension = 2 }]);

    private static RegionCountMeasurement Count(int epoch, int probe) => new(epoch, probe, 2, null, null);

    [Fact]
    public void A_run_plans_every_probe_setting_before_training_at_its_measurement_epochs_and_after_its_last_epoch()
    {
        PlannedMeasurements.Of(Config()).Should().Equal(
            new PlannedMeasurement(0, 0), new PlannedMeasurement(0, 1), new PlannedMeasurement(2, 0),
            new PlannedMeasurement(2, 1), new PlannedMeasurement(5, 0), new PlannedMeasurement(5, 1));
    }

    [Fact]
    public void Missing_lists_the_planned_counts_a_record_lacks_in_plan_order_and_names_their_probes()
    {
        var config = Config();
        RegionCountMeasurement[] counts = [Count(5, 0), Count(2, 0), Count(2, 1), Count(7, 0)];

        var missing = PlannedMeasurements.Missing(config, counts);

        missing.Should().Equal(new PlannedMeasurement(0, 0), new PlannedMeasurement(0, 1), new PlannedMeasurement(5, 1));
        PlannedMeasurements.Describe(config, missing).Should().Be("epoch 0: probes 0 (segment), 1 (2-simplex); epoch 5: probe 1 (2-simplex)");
        PlannedMeasurements.Missing(config, [.. PlannedMeasurements.Of(config).Select(p => Count(p.Epoch, p.ProbeIndex))])
            .Should().BeEmpty();
    }
}
