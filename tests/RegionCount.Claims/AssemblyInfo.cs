using RegionCount.Claims;
using Xunit;

[assembly: AssemblyFixture(typeof(ProfileFixture))]
