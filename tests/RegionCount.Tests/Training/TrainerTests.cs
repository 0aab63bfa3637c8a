using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Training;
using Xunit;

namespace RegionCount.Tests.Training;

[Collection(TorchCollection.Name)]
public sealed class TrainerTests
{
    private static readonly TrainingOptions Small = new()
    {
        LearningRate = 0.1,
        BatchSize = 16,
        Epochs = 6,
        WeightDecay = 1e-4,
        Seed = 3,
        EvalBatchSize = 32,
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void A_tiny_mlp_reaches_full_training_accuracy_on_a_separable_set()
    {
        using var train = TinyModels.Separable("train", 64, 4, 1);
        using var test = TinyModels.Separable("test", 32, 4, 2);
        using var model = TinyModels.Mlp(4, 16, 2, seed: 0);

        var result = Trainer.Train(model, train, test, Small with { Epochs = 30 }, cancellation: Ct);

        result.Status.Should().Be(TrainingStatus.Completed);
        result.Epochs.Should().HaveCount(31);
        result.Last.CleanTrainAccuracy.Should().Be(1.0);
        result.Last.TrainAccuracy.Should().Be(1.0);
        result.Last.TrainLoss.Should().BeLessThan(result.Epochs[1].TrainLoss);
        result.Measures!.Margin.Should().BePositive("every training point is classified correctly");
        result.Measures.DistanceFromInit.Should().BePositive();
    }

    [Fact]
    public void The_same_seed_twice_gives_identical_metrics_and_another_seed_a_different_order()
    {
        using var train = TinyModels.Separable("train", 50, 4, 1);
        using var test = TinyModels.Separable("test", 20, 4, 2);
        var options = Small with { Augment = true, MixupAlpha = 0.4 };

        TrainingResult Run(long seed)
        {
            using var model = TinyModels.Mlp(4, 8, 2, seed: 0);
            return Trainer.Train(model, train, test, options with { Seed = seed }, cancellation: Ct);
        }
        var first = Run(5);
        var second = Run(5);
        var other = Run(6);

        first.Epochs.Zip(second.Epochs).Should().OnlyContain(p => p.First.SameResultAs(p.Second));
        first.Measures.Should().Be(second.Measures);
        other.Last.TrainLoss.Should().NotBe(first.Last.TrainLoss, "the seed drives data order, augmentation and mixup");
    }

    [Theory]
    [InlineData(OptimizerKind.Sgd)]
    [InlineData(OptimizerKind.Adam)]
    [InlineData(OptimizerKind.Adagrad)]
    public void Resuming_from_a_mid_run_checkpoint_gives_the_uninterrupted_run_bit_for_bit(OptimizerKind optimizer)
    {
        using var train = TinyModels.Separable("train", 40, 4, 1);
        using var test = TinyModels.Separable("test", 20, 4, 2);
        var options = Small with { Optimizer = optimizer, LearningRate = optimizer == OptimizerKind.Sgd ? 0.1 : 0.01 };
        string directory = Path.Combine(Path.GetTempPath(), "regioncount-resume-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var straight = TinyModels.Mlp(4, 8, 2, seed: 0);
            var uninterrupted = Trainer.Train(straight, train, test, options, cancellation: Ct);

            using var cancel = new CancellationTokenSource();
            using var first = TinyModels.Mlp(4, 8, 2, seed: 0);
            var stopped = Trainer.Train(first, train, test, options with { CheckpointDirectory = directory },
                progress: m => { if (m.Epoch == 3) { cancel.Cancel(); } }, cancellation: cancel.Token);
            stopped.Status.Should().Be(TrainingStatus.Cancelled);
            stopped.Epochs.Should().HaveCount(4);

            using var second = TinyModels.Mlp(4, 8, 2, seed: 99);   // other weights: all must come from the checkpoint
            var resumed = Trainer.Train(second, train, test, options with { CheckpointDirectory = directory }, cancellation: Ct);

            resumed.ResumedFromEpoch.Should().Be(3);
            resumed.Status.Should().Be(TrainingStatus.Completed);
            resumed.Epochs.Should().HaveCount(uninterrupted.Epochs.Count);
            resumed.Epochs.Zip(uninterrupted.Epochs).Should().OnlyContain(p => p.First.SameResultAs(p.Second));
            TinyModels.Weights(second).Should().Equal(TinyModels.Weights(straight));
            resumed.Measures.Should().Be(uninterrupted.Measures);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void A_learning_rate_large_enough_to_diverge_is_reported_as_diverged_not_thrown()
    {
        using var train = TinyModels.Separable("train", 40, 4, 1);
        using var test = TinyModels.Separable("test", 20, 4, 2);
        using var model = TinyModels.Mlp(4, 8, 2, seed: 0);

        TrainingResult? result = null;
        var act = () => result = Trainer.Train(model, train, test, Small with { LearningRate = 1e30, Epochs = 5 }, cancellation: Ct);

        act.Should().NotThrow();
        result!.Status.Should().Be(TrainingStatus.Diverged);
        result.DivergedEpoch.Should().BeInRange(1, 5);
        result.Last.Epoch.Should().Be(result.DivergedEpoch);
        double.IsFinite(result.Last.TrainLoss).Should().BeFalse();
        result.Measures.Should().BeNull();
    }

    [Fact]
    public void A_diverged_run_stays_diverged_when_resumed_from_its_checkpoint()
    {
        using var train = TinyModels.Separable("train", 40, 4, 1);
        using var test = TinyModels.Separable("test", 20, 4, 2);
        string directory = Path.Combine(Path.GetTempPath(), "regioncount-diverged-" + Guid.NewGuid().ToString("N"));
        var options = Small with { LearningRate = 1e30, Epochs = 5, CheckpointDirectory = directory };
        try
        {
            using var first = TinyModels.Mlp(4, 8, 2, seed: 0);
            var diverged = Trainer.Train(first, train, test, options, cancellation: Ct);
            using var second = TinyModels.Mlp(4, 8, 2, seed: 0);
            var again = Trainer.Train(second, train, test, options, cancellation: Ct);

            diverged.Status.Should().Be(TrainingStatus.Diverged);
            again.Status.Should().Be(TrainingStatus.Diverged);
            again.DivergedEpoch.Should().Be(diverged.DivergedEpoch);
            again.ResumedFromEpoch.Should().Be(diverged.DivergedEpoch - 1);
            again.Epochs.Should().HaveCount(diverged.Epochs.Count);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData(7, 3, null, new[] { 0, 3, 6, 7 })]
    [InlineData(7, 10, null, new[] { 0, 7 })]
    [InlineData(7, 10, new[] { 2, 5 }, new[] { 0, 2, 5, 7 })]
    public void Probes_are_called_exactly_at_the_measurement_epochs(int epochs, int every, int[]? at, int[] expected)
    {
        using var train = TinyModels.Separable("train", 20, 4, 1);
        using var test = TinyModels.Separable("test", 10, 4, 2);
        using var model = TinyModels.Mlp(4, 8, 2, seed: 0);
        var probe = new RecordingProbe();

        var result = Trainer.Train(model, train, test, Small with { Epochs = epochs, MeasureEvery = every, MeasureAt = at },
            probes: [probe], cancellation: Ct);

        probe.Calls.Should().Equal(expected);
        result.Epochs.Where(m => m.Probes.Count > 0).Select(m => m.Epoch).Should().Equal(expected);
        result.Epochs.Where(m => m.Probes.Count > 0).Should().OnlyContain(m => m.Probes["rec/epoch"] == m.Epoch)
            .And.OnlyContain(m => m.Probes["rec/training"] == 0, "probes see the model in eval mode");
    }

    [Fact]
    public void Epoch_metrics_record_the_learning_rate_of_the_cosine_schedule()
    {
        using var train = TinyModels.Separable("train", 20, 4, 1);
        using var test = TinyModels.Separable("test", 10, 4, 2);
        using var model = TinyModels.Mlp(4, 8, 2, seed: 0);

        var result = Trainer.Train(model, train, test, Small with { Epochs = 4, LearningRate = 0.2 }, cancellation: Ct);

        // Epoch e trains with 0.2·(1 + cos(π(e − 1)/4))/2: 0.2, 0.2·(1 + √½)/2, 0.1, 0.2·(1 − √½)/2.
        double h = Math.Sqrt(0.5);
        result.Epochs.Skip(1).Select(m => m.LearningRate).Should()
            .Equal([0.2, 0.1 * (1 + h), 0.1, 0.1 * (1 - h)], (a, b) => Math.Abs(a - b) < 1e-15);
    }
}
