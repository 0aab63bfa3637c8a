using System.CommandLine;
using RegionCount.Experiments;
using RegionCount.Runtime;

namespace RegionCount.Cli.Commands;

/// <summary><c>--memory-budget 20GiB</c>: what one inference chunk (probe points, evaluation batch) may take.</summary>
internal static partial class CommonOptions
{
    /// <summary>Below this a budget is surely a typo (a missing unit): 16 MiB.</summary>
    public const long MinimumMemoryBudget = 16L << 20;

    public static Option<long> MemoryBudget() => new("--memory-budget")
    {
        Description = "Memory one inference chunk (probe points, evaluation batch) may take, e.g. 2GiB (default), 20GiB on a 24 GB card; " +
            "chunks are sized from each network's counted bytes per input, the profile's sizes being upper bounds. With --jobs N each worker gets 1/N.",
        DefaultValueFactory = _ => ExecutorSettings.DefaultMemoryBudget,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
            if (MemorySize.TryParse(text) is not long bytes)
            {
                result.AddError($"--memory-budget '{text}': expected a size such as 2GiB, 512MiB or 24GB");
                return 0;
            }
            if (bytes < MinimumMemoryBudget)
            {
                result.AddError($"--memory-budget '{text}': must be at least {MemorySize.Format(MinimumMemoryBudget)}");
                return 0;
            }
            return bytes;
        },
    };
}
