using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Regions;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Regions;

/// <summary>
/// Probe endpoints drawn from the augmented training set (<see cref="ProbeSplit.AugmentedTrain"/>, C17: the authors' ViT
/// draws its segment endpoints from its training set with the training transform applied): the same training images as
/// the train split with the same seed, each passed once through a random crop (4-pixel border) and flip drawn from the
/// seed, fixed for the run.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class AugmentedEndpointsTests
{
    private const int C = 2, H = 6, W = 6;

    private static float[] Anchor(RegionMeter meter, int probe, int endpoint) =>
        meter.Probes.Anchors[probe, endpoint].data<float>().ToArray();

    /// <summary>Every random crop (offsets 0..8) and flip of one image padded by 4 with <paramref name="fill"/>[c].</summary>
    private static IEnumerable<float[]> EveryCropAndFlip(Tensor image, float[] fill)
    {
        var padded = new float[C, H + 8, W + 8];
        var pixels = image.data<float>().ToArray();
        for (int c = 0; c < C; c++)
        {
            for (int i = 0; i < H + 8; i++)
            {
                for (int j = 0; j < W + 8; j++)
                {
                    bool inside = i >= 4 && i < H + 4 && j >= 4 && j < W + 4;
                    padded[c, i, j] = inside ? pixels[(c * H * W) + ((i - 4) * W) + (j - 4)] : fill[c];
                }
            }
        }
        for (int dy = 0; dy <= 8; dy++)
        {
            for (int dx = 0; dx <= 8; dx++)
            {
                foreach (bool flip in new[] { false, true })
                {
                    var crop = new float[C * H * W];
                    for (int c = 0; c < C; c++)
                    {
                        for (int i = 0; i < H; i++)
                        {
                            for (int j = 0; j < W; j++)
                            {
                                crop[(c * H * W) + (i * W) + j] = padded[c, dy + i, dx + (flip ? W - 1 - j : j)];
                            }
                        }
                    }
                    yield return crop;
                }
            }
        }
    }

    [Fact]
    public void Each_endpoint_is_one_crop_and_flip_of_the_training_image_the_train_split_draws()
    {
        using var data = TestNetwork.Images(40, C, H, W, 3);
        var plain = new ProbeSettings { Count = 12, Points = 5 };
        var augmented = plain with { Split = ProbeSplit.AugmentedTrain, EndpointFill = [-2.5f, -1.5f] };
        using var train = RegionMeter.ForSplit(plain, data, null, 7, CPU);
        using var first = RegionMeter.ForSplit(augmented, data, null, 7, CPU);
        using var again = RegionMeter.ForSplit(augmented, data, null, 7, CPU);

        first.Probes.Probes.Select(p => p.EndpointIndices).Should().BeEquivalentTo(train.Probes.Probes.Select(p => p.EndpointIndices),
            o => o.WithStrictOrdering(), "the images are drawn as the train split draws them");
        first.Probes.Anchors.data<float>().ToArray().Should().Equal(again.Probes.Anchors.data<float>().ToArray(), "the crops come from the seed");
        int changed = 0;
        for (int p = 0; p < plain.Count; p++)
        {
            for (int e = 0; e < 2; e++)
            {
                var index = first.Probes.Probes[p].EndpointIndices[e];
                var anchor = Anchor(first, p, e);
                Anchor(train, p, e).Should().Equal(data.Images[index].flatten().data<float>().ToArray(), "the train split's endpoints are the images");
                EveryCropAndFlip(data.Images[index], [-2.5f, -1.5f]).Should().ContainSingle(crop => crop.SequenceEqual(anchor),
                    $"endpoint {e} of probe {p} is one crop and flip of image {index}, its border the fill");
                changed += anchor.SequenceEqual(Anchor(train, p, e)) ? 0 : 1;
            }
        }
        changed.Should().BeGreaterThan(20, "of 24 endpoints, all but the rare unshifted, unflipped crop (1 in 162) differ from the image");
    }

    [Fact]
    public void Another_seed_draws_other_images_and_other_crops()
    {
        using var data = TestNetwork.Images(40, C, H, W, 3);
        var settings = new ProbeSettings { Count = 6, Points = 5, Split = ProbeSplit.AugmentedTrain };
        using var a = RegionMeter.ForSplit(settings, data, null, 1, CPU);
        using var b = RegionMeter.ForSplit(settings, data, null, 2, CPU);

        a.Probes.Anchors.data<float>().ToArray().Should().NotEqual(b.Probes.Anchors.data<float>().ToArray());
    }
}
