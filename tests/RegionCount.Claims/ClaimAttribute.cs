using Xunit.v3;

namespace RegionCount.Claims;

/// <summary>Tags a test class with the paper claim it checks: <c>[Claim("C3")]</c> → trait Claim=C3.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class ClaimAttribute(string id) : Attribute, ITraitAttribute
{
    public string Id { get; } = id;

    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => [new("Claim", Id)];
}
