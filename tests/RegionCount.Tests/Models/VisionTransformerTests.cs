using FluentAssertions;
using RegionCount.Data;
using RegionCount.Models;
using RegionCount.Regions;
using RegionCount.Runtime;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Models;

/// <summary>
/// The Vision Transformer of C17 (<see cref="VisionTransformer"/>) at CIFAR-10 size: its parameter count from the
/// architecture's arithmetic, its patches, its forward pass (no batch norm, no dropout: train and eval mode agree, an
/// image's output does not depend on its batch), and the harness around it: the region counter's probes, the memory
/// count of a forward pass, the classifier head option and the model file.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class VisionTransformerTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-vit");

    public void Dispose() => _root.Delete(recursive: true);

    private static long Linear(long inputs, long outputs) => (inputs * outputs) + outputs;

    private static long LayerNorm(long width) => 2 * width;

    /// <summary>
    /// The authors' ViT (vit.py, layers.py; main.py's defaults: patch 8 per side, hidden 384, MLP hidden 384, 7 layers, 12
    /// heads, class token) for 3×32×32 inputs and <paramref name="classes"/> classes, layer by layer: the patch embedding
    /// (4·4·3 = 48 inputs), the class token (384), the position embedding (65 tokens × 384), per encoder layer two
    /// LayerNorms, the q, k, v and output projections and the two MLP layers, then the final LayerNorm and the head. Heads
    /// split the hidden width and add no parameters.
    /// </summary>
    private static long Reference(long classes)
    {
        const long hidden = 384, mlp = 384, layers = 7, grid = 8, patch = 32 / grid, channels = 3;
        long encoderLayer = LayerNorm(hidden) + (4 * Linear(hidden, hidden)) + LayerNorm(hidden) + Linear(hidden, mlp) + Linear(mlp, hidden);
        return Linear(patch * patch * channels, hidden) + hidden + (((grid * grid) + 1) * hidden)
            + (layers * encoderLayer) + LayerNorm(hidden) + Linear(hidden, classes);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public void The_parameter_count_is_the_architectures_arithmetic(int classes)
    {
        using var model = ModelFactory.Create("vit", InputShape.Cifar, classes, new ModelOptions { Seed = 1 });

        model.parameters().Sum(p => p.numel()).Should().Be(Reference(classes));
        // omihub777/ViT-CIFAR's README states 6.3 M parameters for this configuration.
        Reference(10).Should().BeInRange(6_250_000, 6_350_000);
    }

    [Fact]
    public void Patches_are_four_by_four_pixels_row_by_row_with_the_channels_innermost()
    {
        using var model = new VisionTransformer(InputShape.Cifar, 10);
        using var scope = NewDisposeScope();
        // Pixel (c, i, j) holds 10,000·c + 100·i + j, so every value names its place.
        var x = (arange(3).view(3, 1, 1) * 10_000 + arange(32).view(1, 32, 1) * 100 + arange(32).view(1, 1, 32)).to(float32).unsqueeze(0);

        var patches = model.Patches(x);

        patches.shape.Should().Equal(1, 64, 48);
        foreach (var (row, col) in new[] { (0, 0), (0, 1), (2, 5), (7, 7) })
        {
            var patch = patches[0, (row * 8) + col].data<float>().ToArray();
            for (int pi = 0; pi < 4; pi++)
            {
                for (int pj = 0; pj < 4; pj++)
                {
                    for (int c = 0; c < 3; c++)
                    {
                        patch[(((pi * 4) + pj) * 3) + c].Should().Be((10_000 * c) + (100 * ((row * 4) + pi)) + (col * 4) + pj);
                    }
                }
            }
        }
    }

    /// <summary>
    /// One encoder layer against the authors' layers.py written out with this layer's weights, in their own operations
    /// (einsum "bhif,bhjf->bhij" and "bhij,bhjf->bihf"): x + o(attention(LN1 x)) with scores softmax(q·kᵀ / √hidden) —
    /// the whole hidden width, not a head's — then + GELU(W2 · GELU(W1 · LN2 ·) + b2), a GELU after both MLP layers.
    /// </summary>
    [Fact]
    public void An_encoder_layer_computes_the_authors_attention_and_mlp()
    {
        const int hidden = 8, mlp = 6, heads = 2;
        manual_seed(11);
        using var layer = new TransformerEncoderLayer(hidden, mlp, heads);
        using var scope = NewDisposeScope();
        using var generator = new Generator(12);
        var x = randn([3, 5, hidden], generator: generator);
        var p = layer.named_parameters().ToDictionary(n => n.name, n => (Tensor)n.parameter);
        Tensor Linear(Tensor input, string name) => input.matmul(p[$"{name}.weight"].t()) + p[$"{name}.bias"];
        Tensor Norm(Tensor input, string name) => nn.functional.layer_norm(input, [hidden], p[$"{name}.weight"], p[$"{name}.bias"]);
        Tensor Split(Tensor t) => t.view(3, 5, heads, hidden / heads).transpose(1, 2);

        var a = Norm(x, "_norm1");
        var score = (einsum("bhif,bhjf->bhij", Split(Linear(a, "_query")), Split(Linear(a, "_key"))) / Math.Sqrt(hidden)).softmax(-1);
        var attention = Linear(einsum("bhij,bhjf->bihf", score, Split(Linear(a, "_value"))).flatten(2), "_output");
        var h = x + attention;
        var expected = h + nn.functional.gelu(Linear(nn.functional.gelu(Linear(Norm(h, "_norm2"), "_mlp1")), "_mlp2"));

        allclose(layer.call(x), expected, rtol: 1e-5, atol: 1e-6).Should().BeTrue();
    }

    [Fact]
    public void Outputs_depend_on_neither_the_batch_nor_the_mode_and_leave_no_tensor_behind()
    {
        using var model = ModelFactory.Create("vit", InputShape.Cifar, 10, new ModelOptions { Seed = 2 });
        using var generator = new Generator(7);
        using var x = randn([3, 3, 32, 32], generator: generator);
        var before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        using (NewDisposeScope())
        {
            using var noGrad = no_grad();
            model.eval();
            var batch = model.call(x);
            batch.shape.Should().Equal(3, 10);
            allclose(batch[1..2], model.call(x[1..2]), rtol: 1e-4, atol: 1e-5).Should().BeTrue("no batch statistics: an image's output is its own");
            model.train();
            allclose(model.call(x), batch, rtol: 0, atol: 0).Should().BeTrue("no dropout and no batch norm: train mode computes the same function");
            model.eval();
        }
        DisposeScopeManager.Statistics.ThreadTotalLiveCount.Should().Be(before, "a forward pass in a dispose scope leaves no tensor behind");
    }

    [Fact]
    public void An_image_that_does_not_split_into_an_eight_by_eight_grid_is_refused()
    {
        var act = () => ModelFactory.Create("vit", InputShape.Mnist, 10);

        act.Should().Throw<ArgumentException>().WithMessage("vit: a 28×28 image does not split into a 8×8 grid of equal patches*");
    }

    [Fact]
    public void The_memory_count_sees_the_attention_maps_made_inside_the_layers()
    {
        using var model = ModelFactory.Create("vit", InputShape.Cifar, 10, new ModelOptions { Seed = 3 });

        var cost = ForwardMemory.Inference(model, InputShape.Cifar, CPU);

        // Per input at least the 7 layers' attention probabilities, 12 heads × 65 × 65 float32 each: tensors made inside a
        // layer's forward, not module outputs, which the count takes from the dispose scope.
        cost.PerInput.Should().BeGreaterThan(7L * 12 * 65 * 65 * 4);
        cost.PerInput.Should().BeLessThan(64L << 20, "a few MiB per input, like the CIFAR CNNs (README, Memory)");
    }

    [Fact]
    public void Region_counts_are_measured_on_segments_between_training_images()
    {
        using var model = ModelFactory.Create("vit", InputShape.Cifar, 10, new ModelOptions { Seed = 4 });
        using var generator = new Generator(5);
        using var data = new ImageDataset("noise", randn([12, 3, 32, 32], generator: generator), randint(0, 10, [12], generator: generator), 10);
        using var meter = new RegionMeter(new ProbeSettings { Count = 4, Points = 50, MaxPointsPerForward = 64 }, data, 3, CPU);

        var measured = meter.Measure(model);

        measured.Probes.Should().HaveCount(4);
        measured.Summary.Mean.Should().BeGreaterThanOrEqualTo(1);
        meter.Measure(model).Probes.Select(p => p.Count.Total).Should().Equal(measured.Probes.Select(p => p.Count.Total), "the same probes, eval mode");
    }

    [Fact]
    public void The_head_option_and_the_model_file_work_for_it()
    {
        var path = Path.Combine(_root.FullName, "vit.bin");
        var options = new ModelOptions { Seed = 6, HeadInitStd = 0.01 };
        using var model = ModelFactory.Create("vit", InputShape.Cifar, 100, options);
        ((IClassifierHead)model).Head.bias!.data<float>().ToArray().Should().OnlyContain(b => b == 0);
        ((IClassifierHead)model).Head.weight!.std().item<float>().Should().BeInRange(0.009f, 0.011f);
        ModelFile.Save(path, "ViT", InputShape.Cifar, 100, options, model);

        using var loaded = ModelFile.Load(path, CPU);

        loaded.Name.Should().Be("vit");
        using var scope = NewDisposeScope();
        using var generator = new Generator(8);
        var x = randn([2, 3, 32, 32], generator: generator);
        model.eval();
        allclose(loaded.Model.call(x), model.call(x), rtol: 0, atol: 0).Should().BeTrue("every parameter, the class token and the position embedding included, travels with the file");
    }
}
