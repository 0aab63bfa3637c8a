using System.Text.Json.Nodes;
using FluentAssertions;
using RegionCount.Data;
using RegionCount.Training;
using Xunit;

namespace RegionCount.Tests.Training;

/// <summary>The probes' readings travel in the checkpoint: a resumed run returns the ones taken before it stopped.</summary>
[Collection(TorchCollection.Name)]
public sealed class CheckpointReadingsTests : IDisposable
{
    private static readonly TrainingOptions Options = new()
    {
        LearningRate = 0.1,
        BatchSize = 16,
        Epochs = 6,
        WeightDecay = 1e-4,
        Seed = 3,
        EvalBatchSize = 32,
        MeasureAt = [2, 4],
    };

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-readings");

    public void Dispose() => _root.Delete(recursive: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Checkpoints => Path.Combine(_root.FullName, "checkpoint");

    /// <summary>Trains with a checkpoint every epoch and stops right after epoch 3's checkpoint.</summary>
    private TrainingResult TrainAndStopAfterEpoch3(ImageDataset train, ImageDataset test)
    {
        using var cancel = new CancellationTokenSource();
        using var model = TinyModels.Mlp(4, 8, 2, seed: 0);
        return Trainer.Train(model, train, test, Options with { CheckpointDirectory = Checkpoints }, [new RecordingProbe()],
            m => { if (m.Epoch == 3) { cancel.Cancel(); } }, cancel.Token);
    }

    /// <summary>Makes the checkpoint look like one written before readings were checkpointed: no ProbeDetails at all.</summary>
    private void RemoveReadingsFromCheckpoint()
    {
        string path = Path.Combine(Checkpoints, "state.json");
        var state = JsonNode.Parse(File.ReadAllText(path))!;
        var epochs = state["Metrics"]!.AsArray();
        epochs.Where(e => e!["ProbeDetails"] is not null).Should().NotBeEmpty("the checkpoint holds readings to remove");
        foreach (var epoch in epochs)
        {
            epoch!.AsObject().Remove("ProbeDetails");
        }
        File.WriteAllText(path, state.ToJsonString());
    }

    [Fact]
    public void A_resumed_run_returns_the_readings_taken_before_its_checkpoint_without_measuring_them_again()
    {
        using var train = TinyModels.Separable("train", 40, 4, 1);
        using var test = TinyModels.Separable("test", 20, 4, 2);
        using var straight = TinyModels.Mlp(4, 8, 2, seed: 0);
        var uninterrupted = Trainer.Train(straight, train, test, Options, [new RecordingProbe()], cancellation: Ct);

        TrainAndStopAfterEpoch3(train, test).Status.Should().Be(TrainingStatus.Cancelled);
        var probe = new RecordingProbe();
        using var second = TinyModels.Mlp(4, 8, 2, seed: 99);
        var resumed = Trainer.Train(second, train, test, Options with { CheckpointDirectory = Checkpoints }, [probe], cancellation: Ct);

        resumed.ResumedFromEpoch.Should().Be(3);
        probe.Calls.Should().Equal([4, 6], "epochs 0 and 2 were measured before the checkpoint");
        resumed.Epochs.Where(m => m.ProbeDetails is not null).Select(m => m.Epoch).Should().Equal([0, 2, 4, 6]);
        resumed.Epochs.Should().HaveCount(uninterrupted.Epochs.Count);
        resumed.Epochs.Zip(uninterrupted.Epochs).Should().OnlyContain(p => p.First.SameResultAs(p.Second),
            "values and details, restored or measured, are those of the uninterrupted run");
    }

    [Fact]
    public void A_checkpoint_without_readings_is_not_resumed_the_run_trains_again_from_its_initial_weights()
    {
        using var train = TinyModels.Separable("train", 40, 4, 1);
        using var test = TinyModels.Separable("test", 20, 4, 2);
        using var straight = TinyModels.Mlp(4, 8, 2, seed: 0);
        var uninterrupted = Trainer.Train(straight, train, test, Options, [new RecordingProbe()], cancellation: Ct);
        TrainAndStopAfterEpoch3(train, test);
        RemoveReadingsFromCheckpoint();

        var probe = new RecordingProbe();
        using var again = TinyModels.Mlp(4, 8, 2, seed: 0);
        var result = Trainer.Train(again, train, test, Options with { CheckpointDirectory = Checkpoints }, [probe], cancellation: Ct);

        result.ResumedFromEpoch.Should().BeNull();
        probe.Calls.Should().Equal([0, 2, 4, 6]);
        result.Epochs.Zip(uninterrupted.Epochs).Should().OnlyContain(p => p.First.SameResultAs(p.Second));
        TinyModels.Weights(again).Should().Equal(TinyModels.Weights(straight));
    }

    [Fact]
    public void The_same_old_checkpoint_is_resumed_by_a_run_without_probes()
    {
        using var train = TinyModels.Separable("train", 40, 4, 1);
        using var test = TinyModels.Separable("test", 20, 4, 2);
        TrainAndStopAfterEpoch3(train, test);
        RemoveReadingsFromCheckpoint();

        using var model = TinyModels.Mlp(4, 8, 2, seed: 0);
        var result = Trainer.Train(model, train, test, Options with { CheckpointDirectory = Checkpoints }, cancellation: Ct);

        result.ResumedFromEpoch.Should().Be(3, "no probe reading is missing when no probe is asked for");
    }
}
