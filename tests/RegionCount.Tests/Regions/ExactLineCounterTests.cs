using FluentAssertions;
using RegionCount.Regions;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Regions;

[Collection(TorchCollection.Name)]
public sealed class ExactLineCounterTests
{
    private static readonly Device Cpu = CPU;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Grid_never_exceeds_the_exact_count_and_converges_to_it(int seed)
    {
        using var data = TestNetwork.Gaussian(200, 6, seed);
        using var net = TestNetwork.Mlp(6, [16, 16], 4, seed);
        var coarse = new ProbeSettings { Count = 12, Points = 5, Left = -0.5, Right = 1.5 };
        using var meter = new RegionMeter(coarse, data, seed, Cpu);
        using var fine = new RegionMeter(coarse with { Points = 100 }, data, seed, Cpu);
        using var finest = new RegionMeter(coarse with { Points = 50_001, MaxPointsPerForward = 200_000 }, data, seed, Cpu);

        var exact = meter.MeasureExact(net).Select(e => e.Count).ToArray();
        var grids = new[] { meter, fine, finest }.Select(m => m.Measure(net).Probes.Select(p => p.Count.Total).ToArray()).ToArray();

        foreach (var grid in grids)
        {
            grid.Zip(exact).Should().OnlyContain(pair => pair.First <= pair.Second);
        }
        var misses = grids.Select(g => exact.Zip(g, (e, c) => e - c).Sum()).ToArray();
        misses.Should().BeInDescendingOrder();
        misses[0].Should().BePositive("a 5-point grid misses some thin regions of this net");
        grids[2].Should().Equal(exact);
        exact.Should().Contain(c => c > 2, "the walk must find several regions on some probe");
    }

    [Fact]
    public void Comparing_with_a_measurement_in_hand_equals_measuring_again()
    {
        using var data = TestNetwork.Gaussian(200, 6, 4);
        using var net = TestNetwork.Mlp(6, [16, 16], 4, 4);
        var settings = new ProbeSettings { Count = 12, Points = 7, Left = -0.5, Right = 1.5 };
        using var meter = new RegionMeter(settings, data, 4, Cpu);
        using var other = new RegionMeter(settings, data, 5, Cpu);
        var measured = meter.Measure(net);

        var reused = meter.CompareWithExact(net, measured);
        var again = meter.CompareWithExact(net);

        reused.Grid.Should().Equal(again.Grid).And.Equal(measured.Probes.Select(p => p.Count.Total));
        reused.Exact.Select(e => e.Count).Should().Equal(again.Exact.Select(e => e.Count));
        reused.MeanMiss.Should().Be(again.MeanMiss);
        var act = () => other.CompareWithExact(net, measured);
        act.Should().Throw<ArgumentException>().WithMessage("RegionMeter: the measurement was not taken by this meter*");
    }

    [Fact]
    public void Boundaries_agree_with_bisection()
    {
        using var data = TestNetwork.Gaussian(100, 5, 4);
        using var net = TestNetwork.Mlp(5, [16, 16], 3, 4);
        using var meter = new RegionMeter(new ProbeSettings { Count = 12, Left = -0.5, Right = 1.5 }, data, 4, Cpu);

        var exact = meter.MeasureExact(net);
        var bisected = meter.MeasureAdaptive(net, coarsePoints: 2000, resolution: 1e-7);

        var compared = 0;
        foreach (var (e, b) in exact.Zip(bisected))
        {
            b.Count.Should().BeLessThanOrEqualTo(e.Count);
            if (b.Count == e.Count && e.Count > 1)
            {
                compared++;
                e.Boundaries.Zip(b.Boundaries).Should().OnlyContain(p => Math.Abs(p.First - p.Second) <= 1e-5);
            }
        }
        compared.Should().BePositive();
        exact.Sum(e => e.Boundaries.Count).Should().BePositive();
    }

    [Fact]
    public void Cnn_with_batch_norm_and_pooling_is_counted_exactly()
    {
        using var data = TestNetwork.Images(60, 1, 8, 8, 5);
        using var net = TestNetwork.Cnn(4, 5);
        using (no_grad())
        {
            // Centre the logits on the data so that more than one class wins somewhere.
            using var mean = net.call(data.Images.to(float64)).mean([0]);
            ((TorchSharp.Modules.Linear)net.Layers[^1]).bias!.sub_(mean);
        }
        using var meter = new RegionMeter(new ProbeSettings { Count = 3, Points = 200 }, data, 5, Cpu);
        using var finest = new RegionMeter(new ProbeSettings { Count = 3, Points = 4_001, MaxPointsPerForward = 50_000 }, data, 5, Cpu);

        var exact = meter.MeasureExact(net);
        var grid = meter.Measure(net).Probes.Select(p => p.Count.Total).ToArray();
        var fine = finest.Measure(net).Probes.Select(p => p.Count.Total).ToArray();

        grid.Zip(exact).Should().OnlyContain(p => p.First <= p.Second.Count);
        fine.Should().Equal(exact.Select(e => e.Count));
        exact.Should().Contain(e => e.Count > 1);

        // Every boundary is a real label change of the network itself, just before vs just after.
        for (int p = 0; p < exact.Count; p++)
        {
            var (origin, direction) = meter.Probes.Line(p);
            using (origin)
            using (direction)
            {
                foreach (var beta in exact[p].Boundaries)
                {
                    using var scope = NewDisposeScope();
                    var before = net.call((origin + ((beta - 1e-7) * direction)).unsqueeze(0)).argmax(1).item<long>();
                    var after = net.call((origin + ((beta + 1e-7) * direction)).unsqueeze(0)).argmax(1).item<long>();
                    before.Should().NotBe(after);
                }
            }
        }
    }

    [Fact]
    public void Linear_binary_classifier_changes_label_at_most_once()
    {
        // f(x) = logit₁ − logit₀ is affine, so along a segment the label changes iff f(a), f(b) differ in sign.
        using var data = TestNetwork.Gaussian(100, 7, 6);
        using var net = TestNetwork.Mlp(7, [], 2, 6);
        using var meter = new RegionMeter(new ProbeSettings { Count = 40 }, data, 6, Cpu);
        var w = ((TorchSharp.Modules.Linear)net.Layers[1]).weight!.data<double>().ToArray();
        var bias = ((TorchSharp.Modules.Linear)net.Layers[1]).bias!.data<double>().ToArray();
        var x = data.Images.reshape(100, 7).to(float64).data<double>().ToArray();
        double F(int i) => Enumerable.Range(0, 7).Sum(j => (w[7 + j] - w[j]) * x[(i * 7) + j]) + bias[1] - bias[0];

        var measured = meter.Measure(net);
        var exact = meter.MeasureExact(net);

        var changes = 0;
        for (int p = 0; p < 40; p++)
        {
            var ends = measured.Probes[p].Probe.EndpointIndices;
            var expected = Math.Sign(F(ends[0])) == Math.Sign(F(ends[1])) ? 1 : 2;
            changes += expected - 1;
            measured.Probes[p].Count.Total.Should().Be(expected);
            exact[p].Count.Should().Be(expected);
        }
        changes.Should().BePositive();
    }

    [Fact]
    public void Linear_multiclass_classifier_never_revisits_a_label()
    {
        // Each class's region of an affine classifier is convex, so along a segment every label forms one run.
        using var data = TestNetwork.Gaussian(100, 4, 7);
        using var net = TestNetwork.Mlp(4, [], 6, 7);
        using var meter = new RegionMeter(new ProbeSettings { Count = 40, Left = -3, Right = 4 }, data, 7, Cpu);

        var measured = meter.Measure(net);
        var exact = meter.MeasureExact(net);

        foreach (var (m, e) in measured.Probes.Zip(exact))
        {
            m.Count.Total.Should().Be(m.Labels.Distinct().Count());
            m.Count.PerClass.Values.Should().OnlyContain(v => v == 1);
            e.Labels.Should().OnlyHaveUniqueItems();
            e.Count.Should().BeLessThanOrEqualTo(6);
        }
        exact.Should().Contain(e => e.Count >= 3);
    }

    [Fact]
    public void Unsupported_layers_are_named()
    {
        using var net = new TestNetwork([nn.Flatten(), nn.Linear(3, 3), nn.Tanh(), nn.Linear(3, 2)]);
        var act = () => new ExactLineCounter(net);
        act.Should().Throw<NotSupportedException>().WithMessage("*layer 2*Tanh*");
    }
}
