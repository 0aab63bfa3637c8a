using System.Text.Json;
using FluentAssertions;
using RegionCount.Experiments;
using Xunit;

namespace RegionCount.Tests.Experiments;

/// <summary>The names profiles, records and the command line use for the enums: the strings run records have always
/// held (fingerprints hash them), read exactly.</summary>
public sealed class JsonNamesTests
{
    [Fact]
    public void Every_enum_a_profile_names_has_the_names_records_hold()
    {
        JsonNames.All<ProbeKind>().Should().Equal("segment", "ray", "simplex", "plane");
        JsonNames.All<ProbeSplit>().Should().Equal("train", "test", "augmented-train");
        JsonNames.All<OptimizerKind>().Should().Equal("sgd", "adam", "adagrad");
        JsonNames.All<ScheduleKind>().Should().Equal("cosine", "constant", "warmup-cosine");
        JsonNames.All<AugmentationKind>().Should().Equal("none", "crop-flip");
        JsonNames.All<CropPadding>().Should().Equal("zero", "black");
        JsonNames.All<ParameterMeasure>().Should().Equal("distance-from-init", "margin", "normalized-margin",
            "log-spectral-norm-product", "log-frobenius-norm-product", "frobenius-normalized-margin",
            "weight-distance-from-init", "distance-normalized-margin", "weight-distance-normalized-margin");
        JsonNames.All<StudyKind>().Should().Equal("stability", "toy", "invariance", "classifiers");
        JsonNames.All<ClassifierFamily>().Should().Equal("decision-tree", "random-forest", "logistic-regression", "linear-svm", "knn");
    }

    [Fact]
    public void Names_are_read_exactly()
    {
        JsonNames.TryParse("crop-flip", out AugmentationKind crop).Should().BeTrue();
        crop.Should().Be(AugmentationKind.CropFlip);
        JsonNames.TryParse<AugmentationKind>("CropFlip", out _).Should().BeFalse();
        JsonNames.TryParse<OptimizerKind>("1", out _).Should().BeFalse();
        JsonNames.TryParse<OptimizerKind>(" sgd", out _).Should().BeFalse();
        JsonNames.Unknown<ScheduleKind>("step").Should().Be("unknown schedule kind 'step' (known: cosine, constant, warmup-cosine)");
    }

    [Fact]
    public void A_study_run_trains_nothing_and_its_record_says_none_as_records_always_have()
    {
        var json = JsonSerializer.Serialize(RunHyperparameters.None, ExperimentJson.Compact);

        json.Should().Be("""{"learningRate":0,"batchSize":0,"weightDecay":0,"optimizer":"none","momentum":0,"schedule":"none","epochs":0,"augmentation":"none","mixupAlpha":0}""");
        JsonSerializer.Deserialize<RunHyperparameters>(json, ExperimentJson.Options).Should().Be(RunHyperparameters.None);
    }
}
