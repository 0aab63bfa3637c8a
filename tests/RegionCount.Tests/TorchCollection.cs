using Xunit;

namespace RegionCount.Tests;

/// <summary>Tests that touch torch's global generator or thread settings run here, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchCollection
{
    public const string Name = "torch (global RNG)";
}
