using FluentAssertions;
using RegionCount.Data;
using RegionCount.Models;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Models;

[Collection(TorchCollection.Name)]
public sealed class ModelFileTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-models");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void A_saved_model_is_rebuilt_by_name_with_its_options_and_gives_the_same_outputs()
    {
        var path = Path.Combine(_root.FullName, "cnn.bin");
        var options = new ModelOptions { ConvChannels1 = 4, ConvChannels2 = 6, Hidden = 12, Seed = 9 };
        using var model = ModelFactory.Create("small-cnn", InputShape.Mnist, 3, options);
        ModelFile.Save(path, "Small-CNN", InputShape.Mnist, 3, options, model);

        using var loaded = ModelFile.Load(path, CPU);

        loaded.Name.Should().Be("small-cnn");
        loaded.Shape.Should().Be(InputShape.Mnist);
        loaded.Classes.Should().Be(3);
        loaded.Options.Should().BeEquivalentTo(options with { Seed = null });
        using var scope = NewDisposeScope();
        using var generator = new Generator(1);
        var x = rand([2, 1, 28, 28], generator: generator);
        allclose(loaded.Model.call(x), model.call(x), rtol: 0, atol: 0).Should().BeTrue();
    }

    [Fact]
    public void Batch_norm_running_statistics_travel_with_the_weights()
    {
        var path = Path.Combine(_root.FullName, "shufflenet.bin");
        using var model = ModelFactory.Create("shufflenetv2", InputShape.Mnist, 10, new ModelOptions { Seed = 3 });
        using var scope = NewDisposeScope();
        using var generator = new Generator(2);
        var x = rand([2, 1, 28, 28], generator: generator);
        using (no_grad())
        {
            model.train();
            model.call(x);  // moves the running statistics away from their initial 0 and 1
        }
        model.eval();
        ModelFile.Save(path, "shufflenetv2", InputShape.Mnist, 10, null, model);

        using var loaded = ModelFile.Load(path, CPU);

        allclose(loaded.Model.call(x), model.call(x), rtol: 1e-6, atol: 1e-6).Should().BeTrue();
    }

    [Fact]
    public void Loading_leaves_torchs_global_generator_as_it_was()
    {
        var path = Path.Combine(_root.FullName, "mlp.bin");
        using var model = ModelFactory.Create("mlp", InputShape.Mnist, 10, new ModelOptions { Seed = 5 });
        ModelFile.Save(path, "mlp", InputShape.Mnist, 10, new ModelOptions { Seed = 5 }, model);
        using var scope = NewDisposeScope();

        manual_seed(21);
        var expected = rand(4);
        manual_seed(21);
        using (ModelFile.Load(path, CPU))
        {
            allclose(rand(4), expected, rtol: 0, atol: 0).Should().BeTrue();
        }
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(_root.FullName, "absent.bin");

        var act = () => ModelFile.Load(path, CPU);

        act.Should().Throw<FileNotFoundException>().WithMessage($"model file {path}: not found");
    }

    [Fact]
    public void Weights_without_their_description_are_an_error_naming_both_files()
    {
        var path = Path.Combine(_root.FullName, "bare.bin");
        File.WriteAllBytes(path, [1, 2, 3]);

        var act = () => ModelFile.Load(path, CPU);

        act.Should().Throw<FileNotFoundException>().WithMessage($"model file {path}: its description {path}.json is missing");
    }

    [Fact]
    public void A_description_that_is_not_json_is_an_error_naming_it()
    {
        var path = Path.Combine(_root.FullName, "garbled.bin");
        File.WriteAllBytes(path, [1, 2, 3]);
        File.WriteAllText(path + ".json", "{ not json");

        var act = () => ModelFile.Load(path, CPU);

        act.Should().Throw<InvalidDataException>().WithMessage($"model file {path}.json: not a model description*");
    }

    [Fact]
    public void An_unknown_architecture_in_the_description_is_an_error_naming_it()
    {
        var path = SaveMlp("renamed.bin");
        File.WriteAllText(path + ".json", File.ReadAllText(path + ".json").Replace("\"mlp\"", "\"lenet\"", StringComparison.Ordinal));

        var act = () => ModelFile.Load(path, CPU);

        act.Should().Throw<InvalidDataException>().WithMessage($"model file {path}.json: model 'lenet': unknown*");
    }

    [Fact]
    public void Weights_that_do_not_fit_the_described_model_are_an_error_naming_the_file()
    {
        var path = SaveMlp("resized.bin");
        File.WriteAllText(path + ".json", File.ReadAllText(path + ".json").Replace("\"classes\": 10", "\"classes\": 7", StringComparison.Ordinal));

        var act = () => ModelFile.Load(path, CPU);

        act.Should().Throw<InvalidDataException>().WithMessage($"model file {path}: weights do not fit mlp for 1x28x28, 7 classes*");
    }

    [Fact]
    public void Corrupt_weights_are_an_error_naming_the_file()
    {
        var path = SaveMlp("corrupt.bin");
        File.WriteAllBytes(path, [9, 9, 9, 9, 9]);

        var act = () => ModelFile.Load(path, CPU);

        act.Should().Throw<InvalidDataException>().WithMessage($"model file {path}: weights do not fit mlp*");
    }

    private string SaveMlp(string file)
    {
        var path = Path.Combine(_root.FullName, file);
        using var model = ModelFactory.Create("mlp", InputShape.Mnist, 10, new ModelOptions { HiddenWidths = [8] });
        ModelFile.Save(path, "mlp", InputShape.Mnist, 10, new ModelOptions { HiddenWidths = [8] }, model);
        return path;
    }
}
