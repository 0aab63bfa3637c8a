using System.Text.Json;
using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Regions;
using TorchSharp;
using TorchSharp.Modules;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Regions;

[Collection(TorchCollection.Name)]
public sealed class RegionMeterTests
{
    private static readonly Device Cpu = CPU;

    [Fact]
    public void Same_seed_gives_the_same_probes_and_counts_and_another_seed_does_not()
    {
        using var data = TestNetwork.Gaussian(300, 6, 1);
        using var net = TestNetwork.Mlp(6, [16], 5, 2);
        var settings = new ProbeSettings { Count = 20, Kind = ProbeKind.Ray, RayLength = 3 };
        using var a = new RegionMeter(settings, data, 42, Cpu);
        using var b = new RegionMeter(settings, data, 42, Cpu);
        using var c = new RegionMeter(settings, data, 43, Cpu);

        Endpoints(a).Should().Equal(Endpoints(b));
        Endpoints(a).Should().NotEqual(Endpoints(c));
        a.Probes.Anchors.data<float>().ToArray().Should().Equal(b.Probes.Anchors.data<float>().ToArray());
        Counts(a.Measure(net)).Should().Equal(Counts(b.Measure(net)));
        a.Measure(net).Probes.Select(p => p.Labels).Should().BeEquivalentTo(b.Measure(net).Probes.Select(p => p.Labels), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Counting_labels_from_any_classifier_of_the_points_gives_what_measuring_the_network_gives()
    {
        // The path of the classifiers that are not networks (C16): a label per probe point from ProbeEvaluator.Evaluate,
        // counted by RegionMeter.Count. With the network's own argmax as that classifier it must equal Measure.
        using var data = TestNetwork.Gaussian(200, 6, 4);
        using var net = TestNetwork.Mlp(6, [16], 5, 4, ScalarType.Float32);
        using var meter = new RegionMeter(new ProbeSettings { Count = 12, Points = 50, MaxPointsPerForward = 70 }, data, 4, Cpu);

        var labels = ProbeEvaluator.Evaluate(meter.Probes, ScalarType.Float32, points =>
        {
            using var mode = no_grad();
            return net.forward(points).argmax(1).to(int32).data<int>().ToArray();
        });

        Counts(meter.Count(labels)).Should().Equal(Counts(meter.Measure(net)));
        var wrong = () => meter.Count(labels.Take(10).ToArray());
        wrong.Should().Throw<ArgumentException>().WithMessage("*10 labels for 600 probe points*");
    }

    [Fact]
    public void Counting_a_constructed_labelling_gives_one_plus_its_label_changes_per_probe()
    {
        using var data = TestNetwork.Gaussian(50, 3, 5);
        using var meter = new RegionMeter(new ProbeSettings { Count = 3, Points = 10 }, data, 5, Cpu);
        int[] labels = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   0, 0, 1, 1, 1, 1, 1, 1, 1, 1,   2, 0, 2, 0, 0, 0, 0, 0, 3, 3];

        meter.Count(labels).Probes.Select(p => p.Count.Total).Should().Equal(1, 2, 5);
    }

    [Fact]
    public void Endpoints_are_distinct_indices_of_distinct_images()
    {
        // Only three distinct images, each repeated: a segment must still join two different images.
        using var scope = NewDisposeScope();
        var images = tensor(new float[] { 1, 1, 2, 2, 3, 3 }).reshape(6, 1, 1, 1);
        using var data = new RegionCount.Data.ImageDataset("repeats", images, zeros(6, int64), 2);
        using var meter = new RegionMeter(new ProbeSettings { Count = 50 }, data, 3, Cpu);
        foreach (var probe in meter.Probes.Probes)
        {
            var values = probe.EndpointIndices.Select(i => images[i].item<float>()).ToArray();
            values.Distinct().Should().HaveCount(2);
        }
    }

    [Fact]
    public void Rescaling_a_hidden_layer_changes_norms_but_no_label_or_count()
    {
        // ReLU(c·z) = c·ReLU(z) for c > 0: scaling layer 1 by c and layer 2's weights by 1/c keeps the function.
        // Powers of two make the rescaling exact in floating point, so labels must agree bit for bit.
        using var data = TestNetwork.Gaussian(200, 8, 3);
        using var net = TestNetwork.Mlp(8, [32, 32], 4, 3, ScalarType.Float32);
        using var meter = new RegionMeter(new ProbeSettings { Count = 30, Left = -1, Right = 2 }, data, 3, Cpu);
        using var simplex = new RegionMeter(new ProbeSettings { Count = 10, Kind = ProbeKind.Simplex, SimplexDimension = 3 }, data, 3, Cpu);
        var before = meter.Measure(net);
        var beforeSimplex = simplex.Measure(net);
        var normBefore = Norm(net);

        using (no_grad())
        {
            var first = (Linear)net.Layers[1];
            var second = (Linear)net.Layers[3];
            first.weight!.mul_(8.0);
            first.bias!.mul_(8.0);
            second.weight!.mul_(0.125);
        }
        var after = meter.Measure(net);
        var afterSimplex = simplex.Measure(net);

        Norm(net).Should().NotBeApproximately(normBefore, 1.0);
        after.Probes.Select(p => p.Labels).Should().BeEquivalentTo(before.Probes.Select(p => p.Labels), o => o.WithStrictOrdering());
        Counts(after).Should().Equal(Counts(before));
        Counts(afterSimplex).Should().Equal(Counts(beforeSimplex));
        Counts(before).Should().Contain(c => c > 1);
    }

    [Fact]
    public void Chunk_size_does_not_change_any_label()
    {
        using var data = TestNetwork.Gaussian(100, 5, 4);
        using var net = TestNetwork.Mlp(5, [12], 3, 4);
        var settings = new ProbeSettings { Count = 7, Points = 33, Left = -2, Right = 3 };
        using var whole = new RegionMeter(settings, data, 4, Cpu);
        using var chunked = new RegionMeter(settings with { MaxPointsPerForward = 10 }, data, 4, Cpu);
        chunked.Measure(net).Probes.Select(p => p.Labels).Should()
            .BeEquivalentTo(whole.Measure(net).Probes.Select(p => p.Labels), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Kept_points_equal_points_built_anew_bit_for_bit_and_the_bound_decides_what_is_kept()
    {
        // 7 probes × 33 points in chunks of 10: 24 chunks, most starting or ending inside a probe.
        using var data = TestNetwork.Gaussian(100, 5, 7);
        using var net = TestNetwork.Mlp(5, [12], 3, 7, ScalarType.Float32);
        var settings = new ProbeSettings { Count = 7, Points = 33, Left = -2, Right = 3, MaxPointsPerForward = 10 };
        const int Bytes = 7 * 33 * 5 * sizeof(float);
        using var kept = new RegionMeter(settings with { PointCacheBytes = Bytes }, data, 7, Cpu);
        using var rebuilt = new RegionMeter(settings with { PointCacheBytes = 0 }, data, 7, Cpu);
        using var tooSmall = new RegionMeter(settings with { PointCacheBytes = Bytes - 1 }, data, 7, Cpu);

        var reference = Labels(rebuilt.Measure(net));
        Labels(kept.Measure(net)).Should().BeEquivalentTo(reference, o => o.WithStrictOrdering());
        kept.Probes.CachedChunks.Should().Be(24);
        Labels(kept.Measure(net)).Should().BeEquivalentTo(reference, o => o.WithStrictOrdering());
        tooSmall.Measure(net);
        tooSmall.Probes.CachedChunks.Should().Be(0);
        rebuilt.Probes.CachedChunks.Should().Be(0);
        kept.Probes.ChunkCount.Should().Be(24);
        for (int c = 0; c < 24; c++)
        {
            using var scope = NewDisposeScope();
            kept.Probes.ChunkPoints(c, ScalarType.Float32).data<float>().ToArray().Should()
                .Equal(rebuilt.Probes.ChunkPoints(c, ScalarType.Float32).data<float>().ToArray());
        }

        // A float64 model needs float64 points: the kept float32 ones are dropped, and 7·33·5 doubles exceed the bound.
        net.to(ScalarType.Float64, non_blocking: false);
        Labels(kept.Measure(net)).Should().BeEquivalentTo(Labels(rebuilt.Measure(net)), o => o.WithStrictOrdering());
        kept.Probes.CachedChunks.Should().Be(0);
    }

    [Fact]
    public void Measuring_uses_eval_mode_and_restores_training_mode()
    {
        // With dropout p = 0.9 active, repeated passes would disagree; in eval mode they cannot.
        using var data = TestNetwork.Gaussian(100, 5, 5);
        using var net = new TestNetwork([nn.Flatten(), nn.Linear(5, 64), nn.ReLU(), nn.Dropout(0.9), nn.Linear(64, 4)]);
        using var meter = new RegionMeter(new ProbeSettings { Count = 20, Left = -3, Right = 4 }, data, 5, Cpu);
        net.train();

        var first = meter.Measure(net);
        var second = meter.Measure(net);

        net.training.Should().BeTrue();
        second.Probes.Select(p => p.Labels).Should().BeEquivalentTo(first.Probes.Select(p => p.Labels), o => o.WithStrictOrdering());
        net.eval();
        meter.Measure(net);
        net.training.Should().BeFalse();
    }

    [Fact]
    public void Simplex_probe_masks_points_outside_the_simplex()
    {
        using var data = TestNetwork.Gaussian(50, 4, 6);
        using var net = TestNetwork.Mlp(4, [8], 3, 6);
        using var meter = new RegionMeter(new ProbeSettings { Count = 3, Kind = ProbeKind.Simplex }, data, 6, Cpu);
        var measured = meter.Measure(net);
        meter.Probes.PointsPerProbe.Should().Be(55);
        foreach (var probe in measured.Probes)
        {
            probe.Labels.Should().HaveCount(100);
            probe.Labels.Count(l => l < 0).Should().Be(45);
            // Cell (i, j) is kept iff i + j ≤ 9.
            for (int i = 0; i < 10; i++)
            {
                for (int j = 0; j < 10; j++)
                {
                    (probe.Labels[(i * 10) + j] >= 0).Should().Be(i + j <= 9);
                }
            }
        }
        measured.Summary.Dimension.Should().Be(2);
        measured.Settings.EffectiveConnectivity.Should().Be(Connectivity.Full);
    }

    [Fact]
    public void Plane_grid_passes_through_its_three_points()
    {
        using var data = TestNetwork.Gaussian(50, 6, 7);
        using var meter = new RegionMeter(new ProbeSettings { Count = 2, Kind = ProbeKind.Plane, PlaneResolution = 11, PlaneMargin = 0 }, data, 7, Cpu);
        var probe = meter.Probes.Probes[0];
        using var scope = NewDisposeScope();
        var anchors = meter.Probes.Anchors[0].to(float64);
        var flat = data.Images.reshape(50, 6).to(float64);
        for (int k = 0; k < 3; k++)
        {
            var (u, v) = (probe.PlaneCoordinates![k][0], probe.PlaneCoordinates[k][1]);
            var point = anchors[0] + (u * anchors[1]) + (v * anchors[2]);
            (point - flat[probe.EndpointIndices[k]]).abs().max().item<double>().Should().BeLessThan(1e-5);
            u.Should().BeInRange(probe.Axes[0][0] - 1e-12, probe.Axes[0][^1] + 1e-12);
            v.Should().BeInRange(probe.Axes[1][0] - 1e-12, probe.Axes[1][^1] + 1e-12);
        }
        meter.Probes.PointsPerProbe.Should().Be(121);
    }

    [Fact]
    public void Summary_reports_mean_spread_interval_and_probe_count()
    {
        // Counts 1, 2, 3, 4: mean 2.5, sd √(5/3); t(0.975, 3) = 3.182446 (standard table).
        var counts = new[] { 1, 2, 3, 4 }.Select(c => new GridCount(c, new Dictionary<int, int> { [0] = c })).ToList();
        var summary = RegionSummary.From(ProbeKind.Segment, 1, counts);
        summary.Probes.Should().Be(4);
        summary.Mean.Should().Be(2.5);
        summary.StandardDeviation.Should().BeApproximately(Math.Sqrt(5.0 / 3), 1e-12);
        summary.Ci95High.Should().BeApproximately(2.5 + (3.182446 * Math.Sqrt(5.0 / 3) / 2), 1e-5);
        summary.MeanPerClass[0].Should().Be(2.5);
    }

    [Fact]
    public void Json_holds_endpoints_grid_labels_and_counts()
    {
        using var data = TestNetwork.Gaussian(50, 4, 8);
        using var net = TestNetwork.Mlp(4, [8], 3, 8);
        using var meter = new RegionMeter(new ProbeSettings { Count = 2, Kind = ProbeKind.Simplex, SimplexDimension = 3 }, data, 8, Cpu);
        var measured = meter.Measure(net);
        using var stream = new MemoryStream();
        RegionMeasurementJson.Write(measured, stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        root.GetProperty("schema").GetString().Should().Be("regioncount.measurement/1");
        root.GetProperty("summary").GetProperty("probes").GetInt32().Should().Be(2);
        var probes = root.GetProperty("probes");
        probes.GetArrayLength().Should().Be(2);
        var first = probes[0];
        first.GetProperty("endpoints").EnumerateArray().Select(e => e.GetInt32()).Should().Equal(measured.Probes[0].Probe.EndpointIndices);
        first.GetProperty("count").GetInt32().Should().Be(measured.Probes[0].Count.Total);
        var labels = first.GetProperty("labels");
        labels.GetArrayLength().Should().Be(5);
        labels[4][4][4].GetInt32().Should().Be(-1);
        labels[0][0][0].GetInt32().Should().Be(measured.Probes[0].Labels[0]);
        first.GetProperty("axes")[0].GetArrayLength().Should().Be(5);
    }

    [Fact]
    public void Bad_settings_name_the_field()
    {
        using var data = TestNetwork.Gaussian(10, 2, 9);
        var act = () => new RegionMeter(new ProbeSettings { Points = 1 }, data, 0, Cpu);
        act.Should().Throw<ArgumentException>().WithMessage("ProbeSettings.Points: *got 1*");
        var simplex = () => new RegionMeter(new ProbeSettings { Kind = ProbeKind.Simplex, SimplexDimension = 6 }, data, 0, Cpu);
        simplex.Should().Throw<ArgumentException>().WithMessage("ProbeSettings.SimplexDimension*");
    }

    private static int[][] Labels(RegionMeasurement m) => m.Probes.Select(p => p.Labels.ToArray()).ToArray();

    private static int[] Counts(RegionMeasurement m) => m.Probes.Select(p => p.Count.Total).ToArray();

    private static int[] Endpoints(RegionMeter m) => m.Probes.Probes.SelectMany(p => p.EndpointIndices).ToArray();

    private static double Norm(TestNetwork net) => net.parameters().Sum(p => p.square().sum().item<float>());
}
