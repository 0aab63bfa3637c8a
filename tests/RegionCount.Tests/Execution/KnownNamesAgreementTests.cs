using FluentAssertions;
using RegionCount.Data;
using RegionCount.Experiments;
using RegionCount.Models;
using Xunit;

namespace RegionCount.Tests.Execution;

/// <summary>The names a profile may use (pure layer) and the names the engine can build agree: a model or dataset a
/// profile validates but the engine cannot create would fail only at run time, after hours of other runs.</summary>
public sealed class KnownNamesAgreementTests
{
    [Fact]
    public void Every_model_a_profile_may_name_is_one_the_factory_builds_and_back() =>
        KnownNames.Models.Should().BeEquivalentTo(ModelFactory.Names);

    [Fact]
    public void Every_dataset_a_profile_may_name_is_one_the_catalog_loads_and_back() =>
        KnownNames.Datasets.Should().BeEquivalentTo(DatasetCatalog.Names);
}
