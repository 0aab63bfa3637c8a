using System.CommandLine;
using RegionCount.Reports.Snapshots;

namespace RegionCount.Cli.Commands;

/// <summary>`regioncount accept [--profile P]`: every expected/**/*.received.md becomes its *.verified.md.</summary>
internal static class AcceptCommand
{
    public static Command Create(TextWriter output)
    {
        var profile = new Option<string?>("--profile") { Description = "Only this profile's snapshots (default: all)." };
        var expected = new Option<string?>("--expected") { Description = "The expected/ folder (default: the repository's)." }.ExistingFolder();
        var command = new Command("accept", "Accept received snapshots (*.received.md → *.verified.md) after reviewing them.")
        {
            profile, expected,
        };
        command.SetAction(parse =>
        {
            string root;
            try
            {
                root = parse.GetValue(expected) ?? Path.Combine(RepositoryRoot.Find(), "expected");
            }
            catch (DirectoryNotFoundException e)
            {
                throw new CliException(e.Message);
            }
            CommonOptions.Require(CommonOptions.FolderToReadProblem, root, $"snapshots folder {root}");
            string? name = parse.GetValue(profile);
            if (name is not null)
            {
                CommonOptions.Require(CommonOptions.FolderToReadProblem, Path.Combine(root, name), $"--profile {name}: snapshots folder {Path.Combine(root, name)}");
            }
            var accepted = SnapshotAcceptor.AcceptAll(root, name);
            foreach (var file in accepted)
            {
                output.WriteLine($"accepted {Path.GetRelativePath(root, file)}");
            }
            output.WriteLine($"{accepted.Count} snapshot(s) accepted");
            return 0;
        });
        return command;
    }
}
