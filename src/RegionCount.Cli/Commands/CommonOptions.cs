using System.CommandLine;

namespace RegionCount.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> DataDir() => new("--data-dir")
    {
        Description = "Folder holding the datasets (else $REGIONCOUNT_DATA, else /usr/share/datasets).",
    };

    public static Option<string> Device() => new("--device")
    {
        Description = "auto, cpu or cuda.",
        DefaultValueFactory = _ => "auto",
    };

    public static Option<int> Threads() => new("--threads")
    {
        Description = "Intra-op threads (0 = one per core).",
        DefaultValueFactory = _ => 0,
    };
}
