using System.CommandLine;
using RegionCount.Experiments;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Assembly;
using RegionCount.Reports.Tables;
using RegionCount.Runtime;

namespace RegionCount.Cli.Commands;

/// <summary>
/// `regioncount tables --profile P --store DIR --out DIR`: every claim table of a store, printed as its snapshot
/// would be (OUT/&lt;claim&gt;/&lt;table&gt;.md), computed in this process's numeric mode. With `tolerances` it
/// measures how much the tables move between numeric environments.
/// </summary>
internal static class TablesCommand
{
    public static Command Create(TextWriter output)
    {
        var profileOption = new Option<string>("--profile") { Description = "A built-in profile or a profile JSON file.", DefaultValueFactory = _ => "smoke" };
        var storeOption = new Option<string?>("--store") { Description = "Result store folder (default reports/<profile>/runs)." };
        var outOption = new Option<string>("--out") { Description = "Folder for <claim>/<table>.md.", Required = true };
        var command = new Command("tables", "Write every claim table of a store as Markdown, as the snapshots print them.")
        {
            profileOption, storeOption, outOption,
        };
        command.SetAction(parse =>
        {
            Profile profile;
            try
            {
                profile = ClaimCatalog.LoadProfile(parse.GetValue(profileOption)!);
            }
            catch (ProfileException e)
            {
                throw new CliException(e.Message);
            }
            var store = parse.GetValue(storeOption) ?? RunStore.DefaultDirectory(profile.Name!);
            if (!Directory.Exists(store))
            {
                throw new CliException($"--store {store}: no such folder");
            }
            var runtime = CommonOptions.InitializeRuntime(DeviceChoice.Cpu, 0, 0, output);
            var analysis = ProfileAnalysis.FromStore(profile, store);
            var folder = parse.GetValue(outOption)!;
            int written = 0;
            foreach (var id in analysis.ClaimIds)
            {
                var outcome = analysis.Get(id);
                if (outcome is null)
                {
                    continue;
                }
                Directory.CreateDirectory(Path.Combine(folder, id));
                foreach (var table in outcome.Result.Tables)
                {
                    File.WriteAllText(Path.Combine(folder, id, table.Name + ".md"), MarkdownTable.Write(table));
                    written++;
                }
            }
            Directory.CreateDirectory(Path.Combine(folder, VerdictTable.Name));
            File.WriteAllText(Path.Combine(folder, VerdictTable.Name, VerdictTable.Name + ".md"), MarkdownTable.Write(VerdictTable.Build(analysis)));
            written++;
            output.WriteLine($"{written} tables of {analysis.Records.Count} records in {folder} ({NumericsState.Read().Describe()})");
            return 0;
        });
        return command;
    }
}
