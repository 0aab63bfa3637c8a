using System.Diagnostics;
using System.Globalization;
using RegionCount.Data;
using RegionCount.Runtime;

namespace RegionCount.Cli.Reporting;

/// <summary>The environment header of a report: machine, software, device, commit, profile and timing.</summary>
public static class EnvironmentLines
{
    public static IReadOnlyList<(string Key, string Value)> Capture(string profile, string device, double runSeconds, double wallSeconds, string? dataDir)
    {
        var report = EnvironmentReport.Capture(DataLocator.FromEnvironment(dataDir));
        var lines = report.Lines().Where(l => !l.Key.StartsWith("data:", StringComparison.Ordinal)).ToList();
        lines.Add(("device", device));
        lines.Add(("commit", Commit()));
        lines.Add(("profile", profile));
        lines.Add(("training time", string.Create(CultureInfo.InvariantCulture, $"{runSeconds / 60:F1} min summed over the run records")));
        lines.Add(("report wall time", string.Create(CultureInfo.InvariantCulture, $"{wallSeconds:F0} s (this command)")));
        return lines;
    }

    private static string Commit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (git is null)
            {
                return "unknown";
            }
            var text = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && text.Length > 0 ? text : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (no git)";
        }
    }
}
