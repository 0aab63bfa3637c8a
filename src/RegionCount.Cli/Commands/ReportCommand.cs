using System.CommandLine;
using RegionCount.Experiments;
using RegionCount.Cli.Reporting;

namespace RegionCount.Cli.Commands;

/// <summary>`regioncount report --profile P`: claims from the stored runs → reports/&lt;P&gt;/report.md and report.html.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output)
    {
        var options = new SweepOptions();
        var outputDir = new Option<string?>("--output") { Description = "Report folder (default reports/<profile>)." }.FolderToWrite();
        var command = new Command("report", "Check the claims on a profile's stored runs and write reports/<profile>/report.md and report.html.");
        options.AddTo(command);
        command.Options.Add(outputDir);
        command.SetAction(parse => Execute(parse, options, parse.GetValue(outputDir), output));
        return command;
    }

    public static int Execute(ParseResult parse, SweepOptions options, string? outputDir, TextWriter output)
    {
        var profile = options.LoadProfile(parse, null);
        var store = options.StoreDirectory(parse, profile, out string label);
        RequireRuns(profile, store, label);
        // The report goes beside its store: reports/<profile>/ for the default store reports/<profile>/runs. (--output
        // was checked while parsing.)
        var folder = outputDir ?? Path.GetDirectoryName(Path.GetFullPath(store))!;
        if (outputDir is null)
        {
            CommonOptions.Require(CommonOptions.FolderToWriteProblem, folder, $"report folder {folder} (beside {label})");
        }
        var runtime = CommonOptions.InitializeRuntime(parse.GetValue(options.Device), parse.GetValue(options.Threads), 0, output);
        try
        {
            var written = ProfileReport.Write(profile, store, folder, runtime, parse.GetValue(options.DataDir));
            foreach (var path in written)
            {
                output.WriteLine($"report: {path}");
            }
            PrintVerdicts(written[0], output);
            return 0;
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>A report needs a store that holds at least one run of the profile's plan (a partial sweep is fine: its
    /// claims are judged on what is there); a missing or empty store, or one of another profile, is an error.</summary>
    private static void RequireRuns(Profile profile, string store, string label)
    {
        string sweep = $"run `regioncount sweep --profile {profile.Name}` first";
        if (!Directory.Exists(store) && !File.Exists(store))
        {
            throw new CliException($"{label}: not found; {sweep}");
        }
        CommonOptions.Require(CommonOptions.FolderToReadProblem, store, label);
        var runs = SweepPlanner.Plan(profile).Runs;
        var records = new RunStore(store);
        if (!runs.Any(r => File.Exists(records.RecordPath(r.Fingerprint))))
        {
            throw new CliException($"{label}: holds none of the {runs.Count} runs of profile {profile.Name}; {sweep}");
        }
    }

    /// <summary>Echoes the verdict table of the written report (the first table of its "## Verdicts" section, which
    /// opens with the forest plot), so the terminal shows what the report says.</summary>
    internal static void PrintVerdicts(string markdown, TextWriter output)
    {
        var lines = File.ReadAllLines(markdown);
        int start = Array.IndexOf(lines, "## Verdicts");
        var section = lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
        foreach (var line in section.SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')))
        {
            output.WriteLine(line);
        }
    }
}
