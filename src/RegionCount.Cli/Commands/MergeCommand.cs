using System.CommandLine;
using RegionCount.Experiments;

namespace RegionCount.Cli.Commands;

/// <summary>`regioncount merge &lt;src...&gt; --into &lt;dst&gt;`: copies run records from several stores into one, verifying
/// each and refusing conflicting records.</summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter output)
    {
        var sources = new Argument<string[]>("sources") { Description = "Result store folders to copy from.", Arity = ArgumentArity.OneOrMore }
            .ExistingFolders("source store");
        var into = new Option<string?>("--into") { Description = "The result store to merge into.", Required = true }.FolderToWrite();
        var command = new Command("merge", "Merge result stores (e.g. the shards of a sweep) into one.") { sources, into };
        command.SetAction(parse =>
        {
            MergeSummary summary;
            try
            {
                summary = StoreMerger.Merge(parse.GetValue(sources)!, new RunStore(parse.GetValue(into)!));
            }
            catch (StoreException e)
            {
                throw new CliException(e.Message);
            }
            foreach (var conflict in summary.Conflicts)
            {
                output.WriteLine($"conflict: {conflict}");
            }
            output.WriteLine(summary);
            return summary.Conflicts.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
