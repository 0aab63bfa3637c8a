using Xunit;

namespace RegionCount.Claims;

/// <summary>Claim fixtures train models with torch's global generator; they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchCollection
{
    public const string Name = "torch (global RNG)";
}
