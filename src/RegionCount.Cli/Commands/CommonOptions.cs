using System.CommandLine;
using RegionCount.Runtime;

namespace RegionCount.Cli.Commands;

/// <summary>Options several commands share, and the rules that check option values while the command line is parsed
/// (<c>CommonOptions.Rules.cs</c>, <c>CommonOptions.Paths.cs</c>), so a bad value is one error line before anything runs.</summary>
internal static partial class CommonOptions
{
    public static Option<string?> DataDir() => new Option<string?>("--data-dir")
    {
        Description = "Folder holding the datasets (else $REGIONCOUNT_DATA, else /usr/share/datasets).",
    }.ExistingFolder();

    /// <summary>auto, cpu, cuda (gpu) or cuda:N; anything else is a parse error. CUDA's presence is checked by
    /// <see cref="InitializeRuntime"/>, which loads libtorch.</summary>
    public static Option<DeviceRequest> Device() => new("--device")
    {
        Description = "auto, cpu, cuda or cuda:N (device N: one sweep per GPU on a multi-GPU host).",
        DefaultValueFactory = _ => DeviceChoice.Auto,
        CustomParser = result =>
        {
            try
            {
                return TorchRuntime.ParseDevice(result.Tokens.Count == 0 ? "auto" : result.Tokens[^1].Value);
            }
            catch (FormatException e)
            {
                result.AddError(e.Message);
                return DeviceChoice.Auto;
            }
        },
    };

    public static Option<int> Threads() => new Option<int>("--threads")
    {
        Description = "Intra-op threads (0 = one per core).",
        DefaultValueFactory = _ => 0,
    }.AtLeast(0, "must be 0 (one per core) or positive");
}
