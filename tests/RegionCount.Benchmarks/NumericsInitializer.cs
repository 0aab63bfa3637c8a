using System.Runtime.CompilerServices;
using RegionCount.Runtime;

namespace RegionCount.Benchmarks;

/// <summary>Sets the numeric mode natively before any test can load libtorch (see <see cref="CanonicalNumerics"/>).</summary>
internal static class NumericsInitializer
{
#pragma warning disable CA2255 // The benchmark assembly is loaded first in its own and in every BenchmarkDotNet child process: this is the first code it runs.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Apply() => CanonicalNumerics.Apply();
}
