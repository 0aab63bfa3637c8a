using FluentAssertions;
using RegionCount.Cli;
using RegionCount.Data;
using RegionCount.Regions;
using RegionCount.Tests.Training;
using RegionCount.Training;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Data;

/// <summary>
/// ImageNet end to end on a tiny ImageFolder the test writes: the catalog streams it (labels in memory, images decoded per
/// batch), the transforms give 3×224×224 inputs, the evaluation transform is deterministic and the training one is a
/// function of the generator's state, normalization and subsets work on the stream, training and probes on the stream
/// equal training and probes on the same images held in memory, and a file that does not decode is one line naming it.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class ImageFolderSourceTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-imagenet-source");

    public ImageFolderSourceTests() => TinyImageFolder.Write(Path.Combine(_root.FullName, "imagenet"), trainPerClass: 3, valPerClass: 2);

    public void Dispose() => _root.Delete(recursive: true);

    private LoadedDataset Load(DatasetOptions? options = null) => DatasetCatalog.Load("imagenet", new DataLocator(_root.FullName, null), options);

    [Fact]
    public void The_catalog_streams_both_splits_with_their_labels_at_3x224x224()
    {
        using var data = Load();

        data.Train.IsStreamed.Should().BeTrue();
        data.Shape.Should().Be(new InputShape(3, 224, 224));
        data.Classes.Should().Be(4);
        data.Train.Count.Should().Be(12);
        data.Test.Count.Should().Be(8);
        data.Train.Labels.data<long>().ToArray().Should().Equal(0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3);
        var act = () => data.Train.Images;
        act.Should().Throw<InvalidOperationException>().WithMessage("*streamed from files*12 images under*");
    }

    [Fact]
    public void The_evaluation_transform_is_deterministic_and_keeps_pixels_in_the_unit_interval()
    {
        using var data = Load();
        using var scope = NewDisposeScope();

        var first = data.Train.Slice(2, 5);
        var again = data.Train.Select(tensor(new long[] { 2, 3, 4, 5, 6 }));

        first.shape.Should().Equal(5, 3, 224, 224);
        first.dtype.Should().Be(ScalarType.Float32);
        Same(first, again).Should().BeTrue();
        first.min().item<float>().Should().BeGreaterThanOrEqualTo(0f);
        first.max().item<float>().Should().BeLessThanOrEqualTo(1f);
        // Class 0's colour (R 0 + noise/4 ≤ 63, G 255 − noise wraps) differs from class 1's (R ≥ 60): the crop holds the image.
        first[0, 0].mean().item<float>().Should().BeLessThan(first[1, 0].mean().item<float>());
    }

    [Fact]
    public void The_training_transform_is_a_function_of_the_generator_state_and_differs_from_the_evaluation_one()
    {
        using var data = Load();
        using var scope = NewDisposeScope();
        var source = data.Train.Source!;
        long[] batch = [0, 4, 8, 11];
        using var g1 = new Generator(5);
        using var g2 = new Generator(5);
        using var g3 = new Generator(6);

        var a = source.ReadAugmented(batch, g1);
        var b = source.ReadAugmented(batch, g2);
        var c = source.ReadAugmented(batch, g3);

        a.shape.Should().Equal(4, 3, 224, 224);
        Same(a, b).Should().BeTrue("the same generator state gives the same crops and flips");
        Same(a, c).Should().BeFalse("another state gives other crops");
        Same(a, source.Read(batch)).Should().BeFalse();
    }

    [Fact]
    public void Normalization_and_subsets_apply_to_the_stream_as_to_images_in_memory()
    {
        using var data = Load(new DatasetOptions(TrainSize: 8));
        using var scope = NewDisposeScope();
        var imagenet = new ChannelNormalization([0.485f, 0.456f, 0.406f], [0.229f, 0.224f, 0.225f]);

        data.Train.Count.Should().Be(8);
        data.Train.Labels.bincount(null).data<long>().ToArray().Should().Equal(2, 2, 2, 2);
        using var inMemory = new ImageDataset("mem", data.Train.Slice(0, 8), data.Train.Labels.clone(), 4);
        using var streamed = imagenet.Apply(data.Train);
        using var reference = imagenet.Apply(inMemory);

        streamed.IsStreamed.Should().BeTrue();
        Same(streamed.Slice(0, 8), reference.Images).Should().BeTrue("(x − mean) / std in float32 either way");
    }

    [Fact]
    public void Training_and_probes_on_the_stream_equal_the_same_on_the_images_held_in_memory()
    {
        using var data = Load();
        using var scope = NewDisposeScope();
        using var train = new ImageDataset("mem/train", data.Train.Slice(0, 12), data.Train.Labels.clone(), 4);
        using var test = new ImageDataset("mem/test", data.Test.Slice(0, 8), data.Test.Labels.clone(), 4);
        var options = new TrainingOptions { Epochs = 2, BatchSize = 5, LearningRate = 0.05, Seed = 3, EvalBatchSize = 3 };
        var probe = new ProbeSettings { Count = 3, Points = 9 };

        var (streamedRun, streamedCounts) = TrainAndCount(data.Train, data.Test, options, probe);
        var (memoryRun, memoryCounts) = TrainAndCount(train, test, options, probe);

        streamedRun.Select(e => (e.TrainLoss, e.TestAccuracy, e.CleanTrainAccuracy)).Should()
            .Equal(memoryRun.Select(e => (e.TrainLoss, e.TestAccuracy, e.CleanTrainAccuracy)));
        streamedCounts.Should().Equal(memoryCounts);
    }

    private static (IReadOnlyList<EpochMetrics> Epochs, double[] Counts) TrainAndCount(ImageDataset train, ImageDataset test, TrainingOptions options, ProbeSettings probe)
    {
        using var model = TinyModels.Mlp(3 * 224 * 224, 8, 4, seed: 11);
        using var meter = new RegionMeter(probe, train, 1, CPU);
        var result = Trainer.Train(model, train, test, options);
        return (result.Epochs, [.. meter.Measure(model).Probes.Select(p => (double)p.Count.Total)]);
    }

    private static bool Same(Tensor a, Tensor b) => a.shape.SequenceEqual(b.shape) && a.eq(b).all().item<bool>();

    [Fact]
    public void A_file_that_does_not_decode_mid_run_is_an_error_naming_it()
    {
        using var data = Load();
        string bad = data.Train.Source is ImageFolderSource source ? source.PathOf(7) : throw new InvalidOperationException("not an ImageFolder source");
        File.WriteAllBytes(bad, File.ReadAllBytes(bad)[..200]);

        var act = () => data.Train.Slice(4, 6);

        act.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith(bad).And.NotContain("\n");
    }

    [Fact]
    public void Train_on_a_garbage_imagenet_folder_exits_2_with_one_line()
    {
        Directory.Delete(Path.Combine(_root.FullName, "imagenet", "val", "n01440764"), recursive: true);
        Directory.CreateDirectory(Path.Combine(_root.FullName, "imagenet", "val", "n09999999"));
        var output = new StringWriter();
        var error = new StringWriter();

        int exit = CliApp.Run(["train", "--dataset", "imagenet", "--model", "resnet18-imagenet", "--epochs", "1", "--data-dir", _root.FullName], output, error);

        exit.Should().Be(2);
        error.ToString().TrimEnd().Should().NotContain("\n").And.Contain("val/n09999999 is a class that train/ does not have");
    }
}
